import { type EhboCardOutput, OUTPUT_SCHEMA_VERSION } from '@lsh-cyber/schema/outputs';
import { langOption, parseCommandArgs } from '../args.js';
import { loadChainModel } from '../chain-input.js';
import type { Context } from '../context.js';
import { CliError, usageError } from '../errors.js';
import { stableJson } from '../format.js';
import { alreadyExists, exists, writeFileSafely } from '../io.js';
import { loadProfile } from '../profile-input.js';

const FORMATS = { md: 'markdown', html: 'html', docx: 'docx' } as const;

/** `lsh-cyber ehbo <profile.json> [--chain <file>] [--insurer <name>] --format html|docx|md -o <file> [--lang nl|en] [--force] [--json]` */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'ehbo',
    args,
    {
      chain: { type: 'string' },
      insurer: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    { min: 1, max: 1, name: 'the profile file' },
  );
  const lang = langOption('ehbo', values.lang, ctx.env);
  if (values.format === undefined) throw usageError('missing --format', 'ehbo');
  if (values.output === undefined) throw usageError('missing --output (-o)', 'ehbo');
  if (!Object.hasOwn(FORMATS, values.format)) throw usageError(`--format must be html, docx or md, not "${values.format}"`, 'ehbo');
  const format = FORMATS[values.format as keyof typeof FORMATS];
  const output = values.output;
  const force = values.force === true;
  // Refuse before any work when the output exists; the final write checks again.
  if (!force && (await exists(output))) throw alreadyExists(output);

  const profile = await loadProfile(positionals[0]!, ctx);
  const { firstAidCard, renderFirstAidCard, suppliersFromChain } = await import('@lsh-cyber/duties');
  let suppliers: ReturnType<typeof suppliersFromChain> = [];
  if (values.chain !== undefined) {
    ctx.currentFile = values.chain;
    const { model } = await loadChainModel(values.chain, ctx);
    if (!model.organisations.some((o) => o.id === profile.id))
      throw new CliError(
        {
          en: `has no organisation with id "${profile.id}" (the profile's id)`,
          nl: `heeft geen organisatie met id "${profile.id}" (het id van het profiel)`,
        },
        { file: values.chain },
      );
    suppliers = suppliersFromChain(model, profile.id);
  }
  const card = firstAidCard(profile, { suppliers, ...(values.insurer ? { insurer: { name: values.insurer } } : {}) });
  const rendered =
    format === 'docx' ? await renderFirstAidCard(card, { locale: lang, format }) : renderFirstAidCard(card, { locale: lang, format });
  await writeFileSafely(output, rendered, { force });
  if (values.json) {
    const output: EhboCardOutput = { schemaVersion: OUTPUT_SCHEMA_VERSION, ...card };
    ctx.stdout.write(stableJson(output));
    return 0;
  }
  const own = card.contacts.own.filter((c) => c.name).length;
  ctx.stdout.write(
    lang === 'nl'
      ? `${output} geschreven: EHBO-kaart voor ${profile.name} met ${own} eigen contacten, ${card.contacts.national.length} landelijke en ${card.clocks.length} meldklokken.\n`
      : `Wrote ${output}: first-aid card for ${profile.name} with ${own} own contacts, ${card.contacts.national.length} national ones and ${card.clocks.length} reporting clocks.\n`,
  );
  return 0;
}
