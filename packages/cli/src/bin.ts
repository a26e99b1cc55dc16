#!/usr/bin/env node
import { runCli } from './cli.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // Piping into `head` closes stdout early: the reader has what it wanted, so that is no failure.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`lsh-cyber: cannot write the output: ${error.message}\n`);
  process.exit(2);
});

// exitCode rather than exit(): a large --json output must drain to a pipe before Node ends.
process.exitCode = await runCli(process.argv.slice(2));
