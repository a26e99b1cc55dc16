export { type CliIo, cliVersion, runCli } from './cli.js';
export { CliError, type CliIssue, EXIT_BAD_INPUT, EXIT_UNEXPECTED } from './errors.js';
export { DEFAULT_MAX_INPUT_BYTES, MAX_INPUT_ENV } from './io.js';
