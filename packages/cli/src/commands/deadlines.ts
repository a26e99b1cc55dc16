import { type DeadlinesOutput, OUTPUT_SCHEMA_VERSION } from '@lsh-cyber/schema/outputs';
import { langOption, parseCommandArgs } from '../args.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { stableJson } from '../format.js';
import { readJsonFile } from '../io.js';
import { loadProfile } from '../profile-input.js';
import { renderDeadlinesText } from '../render/duties-text.js';

/** `lsh-cyber deadlines <profile.json> --incident <file> [--lang nl|en] [--json]` */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'deadlines',
    args,
    { incident: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
    { min: 1, max: 1, name: 'the profile file' },
  );
  const lang = langOption('deadlines', values.lang, ctx.env);
  if (values.incident === undefined) throw usageError('missing --incident <file>', 'deadlines');
  const profile = await loadProfile(positionals[0]!, ctx);
  ctx.currentFile = values.incident;
  const { value: incident } = await readJsonFile(values.incident, ctx.maxInputBytes);
  const { deadlines, formatAmsterdam } = await import('@lsh-cyber/duties');
  const list = deadlines(profile, incident as Parameters<typeof deadlines>[1]);
  if (values.json) {
    // An object, not a bare list, so the output carries its version like every other --json output.
    const output: DeadlinesOutput = { schemaVersion: OUTPUT_SCHEMA_VERSION, deadlines: list };
    ctx.stdout.write(stableJson(output));
  } else ctx.stdout.write(renderDeadlinesText(list, lang, ctx.style, (iso) => formatAmsterdam(iso, lang)));
  return 0;
}
