#!/usr/bin/env node
import { runCli } from './cli.js';

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// exitCode rather than exit(): a large --json output must drain to a pipe before Node ends.
process.exitCode = await runCli(process.argv.slice(2));
