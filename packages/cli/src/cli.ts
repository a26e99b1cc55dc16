import { readFileSync } from 'node:fs';
import { COMMAND_HELP } from './commands/help.js';
import { type Context, failureLang } from './context.js';
import { EXIT_BAD_INPUT, usageError } from './errors.js';
import { describeFailure } from './failure.js';
import { colourEnabled, createStyle, type Output } from './format.js';
import { maxInputBytes } from './io.js';
import { terminalText } from './terminal-text.js';

/** The outputs and environment the command line runs with; defaults are the process's own. */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
}

type CommandModule = { run(args: readonly string[], ctx: Context): Promise<number> };

// Each command loads only the engines it needs, so `validate` starts without the chain engine.
const COMMANDS: Readonly<Record<string, () => Promise<CommandModule>>> = {
  validate: () => import('./commands/validate.js'),
  score: () => import('./commands/score.js'),
  roadmap: () => import('./commands/roadmap.js'),
  chain: () => import('./commands/chain.js'),
  clauses: () => import('./commands/clauses.js'),
  duties: () => import('./commands/duties.js'),
  deadlines: () => import('./commands/deadlines.js'),
  ehbo: () => import('./commands/ehbo.js'),
};

/** The version of this package. */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMAND_HELP).map((n) => n.length));
  const list = Object.entries(COMMAND_HELP)
    .map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`)
    .join('\n');
  return `lsh-cyber ${cliVersion()}: cyber resilience of Life Sciences & Health organisations and their chains

Usage: lsh-cyber <command> [options]

Commands:
${list}

Run "lsh-cyber <command> --help" for a command's options.

Global options:
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 success, 1 bad input or an invalid document, 2 unexpected error (please report).
Environment: NO_COLOR (no colour), LSH_CYBER_LANG (nl or en), LSH_CYBER_MAX_INPUT_BYTES
(largest input file, default 536870912 = 512 MiB), LSH_CYBER_DEBUG=1 (stack trace on unexpected errors).
`;
}

function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  return options.includes('--help') || options.includes('-h');
}

/**
 * Runs the command line with `argv` (the arguments after the program name) and returns the exit
 * status: 0 success, 1 bad input, 2 unexpected error. Never throws and never prints a stack trace
 * unless `LSH_CYBER_DEBUG=1`.
 */
export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  const debug = env.LSH_CYBER_DEBUG === '1';
  let ctx: Context | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic !== undefined) {
        const help = COMMAND_HELP[topic];
        if (!help) throw usageError(`unknown command "${topic}"`);
        stdout.write(`${help.usage}\n`);
        return 0;
      }
      (first === undefined ? stderr : stdout).write(mainHelp());
      return first === undefined ? EXIT_BAD_INPUT : 0;
    }
    if (first === '--version' || first === '-v') {
      stdout.write(`${cliVersion()}\n`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!load) throw usageError(`unknown command "${first}"`);
    if (wantsHelp(rest)) {
      stdout.write(`${COMMAND_HELP[first]?.usage ?? ''}\n`);
      return 0;
    }
    ctx = {
      stdout,
      stderr,
      env,
      style: createStyle(colourEnabled(stdout, env)),
      maxInputBytes: maxInputBytes(env),
    };
    const command = await load();
    return await command.run(rest, ctx);
  } catch (error) {
    const failure = describeFailure(error, ctx?.currentFile, debug, failureLang(argv, env));
    stderr.write(`${failure.lines.map(terminalText).join('\n')}\n`);
    return failure.exitCode;
  }
}
