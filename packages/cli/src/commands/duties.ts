import { type DutiesOutput, OUTPUT_SCHEMA_VERSION } from '@lsh-cyber/schema/outputs';
import { langOption, parseCommandArgs } from '../args.js';
import type { Context } from '../context.js';
import { stableJson } from '../format.js';
import { loadProfile } from '../profile-input.js';
import { renderDutiesText } from '../render/duties-text.js';

/** `lsh-cyber duties <profile.json> [--lang nl|en] [--json]` */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'duties',
    args,
    { lang: { type: 'string' }, json: { type: 'boolean' } },
    { min: 1, max: 1, name: 'the profile file' },
  );
  const lang = langOption('duties', values.lang, ctx.env);
  const profile = await loadProfile(positionals[0]!, ctx);
  const { applicability } = await import('@lsh-cyber/duties');
  const app = applicability(profile);
  if (values.json) {
    const output: DutiesOutput = { schemaVersion: OUTPUT_SCHEMA_VERSION, ...app };
    ctx.stdout.write(stableJson(output));
  } else ctx.stdout.write(renderDutiesText(profile.name, app, lang, ctx.style));
  return 0;
}
