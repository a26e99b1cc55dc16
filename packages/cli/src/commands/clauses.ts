import { dirname, join } from 'node:path';
import type { ChainOrganisation, ScoreReport } from '@lsh-cyber/schema';
import { langOption, parseCommandArgs } from '../args.js';
import { findAssessmentFile } from '../assessment-lookup.js';
import { loadChainModel, organisationOf } from '../chain-input.js';
import type { Context } from '../context.js';
import { loadAssessment } from '../documents.js';
import { CliError, usageError } from '../errors.js';
import { stableJson } from '../format.js';
import { exists, writeFileSafely } from '../io.js';
import { WORDS } from '../render/words.js';

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

/** `lsh-cyber clauses --chain <file> --supplier <id> [--buyer <id>] --format md|html|docx -o <file> [--lang nl|en] [--force]` */
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
  const force = values.force === true;
  // Refuse early, before any work, when the output exists; the final write checks again.
  if (!force && (await exists(output))) throw new CliError('already exists; pass --force to overwrite it', { file: output });

  const chainFile = values.chain!;
  ctx.currentFile = chainFile;
  const { model } = await loadChainModel(chainFile, ctx);
  const supplier = organisationOf(model, values.supplier!, chainFile, '--supplier');
  if (values.buyer !== undefined) organisationOf(model, values.buyer, chainFile, '--buyer');

  const dir = values.assessments ?? join(dirname(chainFile), 'assessments');
  const found = await supplierReport(supplier, dir, ctx);
  if ('note' in found && found.note) ctx.stderr.write(`lsh-cyber: note: ${found.note}\n`);

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
  const rendered =
    format === 'docx' ? await renderClausePack(pack, { locale: lang, format }) : renderClausePack(pack, { locale: lang, format });
  await writeFileSafely(output, rendered, { force });

  if (values.json) {
    ctx.stdout.write(stableJson(pack));
    return 0;
  }
  const w = WORDS[lang];
  const titles = new Map(clauseLibrary.clauses.map((c) => [c.id, c.title[lang]]));
  const from = 'file' in found ? `; ${w.reportFrom(found.file)}` : '';
  ctx.stdout.write(`${w.written(output, pack.clauses.length)}\n`);
  ctx.stdout.write(`${w.packFor(request.buyer.name, request.supplier.name, TIER_LABELS[pack.tier][lang])}${from}\n`);
  pack.clauses.forEach((c, i) => {
    const reason = c.reasons[0]?.text[lang];
    ctx.stdout.write(
      `  ${String(i + 1).padStart(2)}. ${titles.get(c.id) ?? c.id} ${ctx.style.dim(`[${c.id}]`)}${reason ? `: ${reason}` : ''}\n`,
    );
  });
  return 0;
}
