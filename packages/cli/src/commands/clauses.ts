import { dirname, join } from 'node:path';
import type { ChainOrganisation, ScoreReport } from '@lsh-cyber/schema';
import { type ClausePackOutput, OUTPUT_SCHEMA_VERSION } from '@lsh-cyber/schema/outputs';
import { langOption, parseCommandArgs } from '../args.js';
import { findAssessmentFile } from '../assessment-lookup.js';
import { loadChainModel, organisationOf } from '../chain-input.js';
import type { Context } from '../context.js';
import { loadAssessment } from '../documents.js';
import { CliError, usageError } from '../errors.js';
import { checkOutputPath, refuseOutputOverInput } from '../file-safety.js';
import { stableJson } from '../format.js';
import { alreadyExists, exists, STANDARD_STREAM, writeFileSafely } from '../io.js';
import { WORDS } from '../render/words.js';
import { terminalText } from '../terminal-text.js';

const FORMATS = { md: 'markdown', html: 'html', docx: 'docx' } as const;

async function supplierReport(
  supplier: ChainOrganisation,
  dir: string,
  ctx: Context,
): Promise<{ report: ScoreReport; file: string } | { report: undefined; note: string | null }> {
  if (supplier.assessment === undefined) return { report: undefined, note: null };
  const file = await findAssessmentFile(dir, supplier.assessment, ctx);
  if (!file) {
    return {
      report: undefined,
      note: `no assessment "${supplier.assessment}" found in ${dir}; the pack is built without the supplier's score report`,
    };
  }
  const { assessment, catalog } = await loadAssessment(file, ctx, undefined);
  const { scoreAssessment } = await import('@lsh-cyber/scoring');
  return { report: scoreAssessment(assessment, catalog), file };
}

/** `lsh-cyber clauses --chain <file> --supplier <id> [--buyer <id>] --format md|html|docx -o <file> [--checklist] [--lang nl|en] [--force]` */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values } = parseCommandArgs(
    'clauses',
    args,
    {
      chain: { type: 'string' },
      supplier: { type: 'string' },
      buyer: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      assessments: { type: 'string' },
      lang: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      checklist: { type: 'boolean' },
    },
    { min: 0, max: 0, name: '' },
  );
  const lang = langOption('clauses', values.lang, ctx.env);
  for (const required of ['chain', 'supplier', 'format', 'output'] as const) {
    if (values[required] === undefined) throw usageError(`missing --${required === 'output' ? 'output (-o)' : required}`, 'clauses');
  }
  const formatName = values.format!;
  if (!Object.hasOwn(FORMATS, formatName)) throw usageError(`--format must be md, html or docx, not "${formatName}"`, 'clauses');
  const format = FORMATS[formatName as keyof typeof FORMATS];
  const output = values.output!;
  checkOutputPath(output);
  const force = values.force === true;
  // Refuse early, before any work, when the output exists; the final write checks again.
  const toStdout = output === STANDARD_STREAM;
  if (toStdout && values.json) throw usageError('choose -o - or --json, not both: both write to standard output', 'clauses');
  if (!toStdout && !force && (await exists(output))) throw alreadyExists(output);

  const chainFile = values.chain!;
  if (!toStdout) await refuseOutputOverInput(output, [chainFile]);
  ctx.currentFile = chainFile;
  const { model } = await loadChainModel(chainFile, ctx);
  const supplier = organisationOf(model, values.supplier!, chainFile, '--supplier');
  if (values.buyer !== undefined) organisationOf(model, values.buyer, chainFile, '--buyer');

  const dir = values.assessments ?? join(dirname(chainFile), 'assessments');
  const found = await supplierReport(supplier, dir, ctx);
  if ('note' in found && found.note) ctx.stderr.write(`lsh-cyber: note: ${terminalText(found.note)}\n`);

  const { clauseRequestFromChain, ClauseError, selectClauses, renderClausePack, clauseLibrary, TIER_LABELS } = await import(
    '@lsh-cyber/clauses'
  );
  ctx.currentFile = chainFile;
  const reports = new Map(found.report && supplier.assessment !== undefined ? [[supplier.assessment, found.report]] : []);
  let request: ReturnType<typeof clauseRequestFromChain>;
  try {
    request = clauseRequestFromChain(model, supplier.id, { ...(values.buyer !== undefined ? { buyerId: values.buyer } : {}), reports });
  } catch (error) {
    if (!ClauseError.isInstance(error)) throw error;
    throw new CliError(error.issues[0]!.message, { file: chainFile });
  }
  const pack = selectClauses(request);
  const mode = values.checklist === true ? 'checklist' : 'contract';
  const rendered =
    format === 'docx'
      ? await renderClausePack(pack, { locale: lang, format, mode })
      : renderClausePack(pack, { locale: lang, format, mode });
  if (!toStdout) await refuseOutputOverInput(output, 'file' in found ? [chainFile, found.file] : [chainFile]);
  if (toStdout) {
    // The pack is the output; the summary goes to stderr so it does not mix with it.
    ctx.stdout.write(rendered);
    ctx.stderr.write(`lsh-cyber: ${WORDS[lang].written('standard output', pack.clauses.length)}\n`);
    return 0;
  }
  await writeFileSafely(output, rendered, { force });

  if (values.json) {
    const output: ClausePackOutput = { schemaVersion: OUTPUT_SCHEMA_VERSION, ...pack };
    ctx.stdout.write(stableJson(output));
    return 0;
  }
  const w = WORDS[lang];
  const titles = new Map(clauseLibrary.clauses.map((c) => [c.id, c.title[lang]]));
  const t = terminalText;
  const from = 'file' in found ? `; ${w.reportFrom(t(found.file))}` : '';
  ctx.stdout.write(`${w.written(t(output), pack.clauses.length)}
`);
  ctx.stdout.write(`${w.packFor(t(request.buyer.name), t(request.supplier.name), TIER_LABELS[pack.tier][lang])}${from}
`);
  pack.clauses.forEach((c, i) => {
    const reason = c.reasons[0]?.text[lang];
    ctx.stdout.write(
      `  ${String(i + 1).padStart(2)}. ${t(titles.get(c.id) ?? c.id)} ${ctx.style.dim(`[${t(c.id)}]`)}${reason ? `: ${t(reason)}` : ''}\n`,
    );
  });
  return 0;
}
