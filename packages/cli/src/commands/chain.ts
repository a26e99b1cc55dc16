import { stat } from 'node:fs/promises';
import { type ChainAnalysisOutput, OUTPUT_SCHEMA_VERSION } from '@lsh-cyber/schema/outputs';
import { langOption, numberOption, parseCommandArgs } from '../args.js';
import { CHAIN_FORMATS, chainFormatOf, loadChainModel, loadCsvChain, loadGraphChain } from '../chain-input.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { writeJson } from '../json-stream.js';
import { createProgress, progressWanted } from '../progress.js';
import { type ChainCommandOutput, type LowestEntry, renderChainText } from '../render/chain-text.js';
import { defaultThreads, startFailureWorkers } from '../settle-in-threads.js';

/** How many organisations each list shows by default. */
export const DEFAULT_TOP = 10;

/** The summed size of the files that exist, in bytes; reading reports the missing ones. */
async function totalSize(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/** `lsh-cyber chain <chain.json | chain.gexf | chain.graphml | organisations.csv dependencies.csv | -> [--format json|csv|gexf|graphml] [--top <n>] [--json] [--lang nl|en] [--threads <n>] [--quiet]` */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'chain',
    args,
    {
      top: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      quiet: { type: 'boolean' },
      format: { type: 'string' },
      threads: { type: 'string' },
    },
    { min: 1, max: 2, name: 'the chain file (chain.json, chain.gexf, chain.graphml, or organisations.csv and dependencies.csv)' },
  );
  const format = positionals.length === 2 ? 'csv' : chainFormatOf(positionals[0]!, values.format);
  if (format === null) throw usageError(`--format must be one of ${CHAIN_FORMATS.join(', ')}, not "${values.format}"`, 'chain');
  if (format === 'csv' && positionals.length !== 2)
    throw usageError('a CSV chain needs two files: organisations.csv and dependencies.csv', 'chain');
  const lang = langOption('chain', values.lang, ctx.env);
  const top = numberOption('chain', 'top', values.top, { min: 1, max: 100_000, integer: true }) ?? DEFAULT_TOP;
  const threads = numberOption('chain', 'threads', values.threads, { min: 1, max: 64, integer: true });
  const csv = positionals.length === 2;
  // Progress on a terminal, or in a log once the input is large enough to take a while.
  const size = await totalSize(positionals);
  const reporter = createProgress(ctx.stderr, {
    enabled: progressWanted(values.quiet === true, ctx, size),
    total: csv ? 4 : 5,
  });
  reporter.stage(csv ? 'reading, checking and compiling the CSV files' : 'reading and checking the chain');
  ctx.currentFile = positionals[0];
  const { compileChain, propagate, exposure, failureBasis, lowest, planFailures, settleFailures, singlePointsOfFailure } = await import(
    '@lsh-cyber/chain'
  );
  // Read, check and compile in one step, so that the model (millions of objects in a national
  // chain) is no longer reachable during the analysis: keeping it alive makes every full garbage
  // collection mark it again. What the output needs of it is kept: its id and name, and the
  // organisations' names (in chain order) for the text output.
  const { compiled, chainId, chainName, names } = await (async () => {
    if (csv) {
      // Read, checked and compiled in one pass, without a model at all when every cell is plain.
      const { chain, names } = await loadCsvChain(positionals[0]!, positionals[1]!, ctx);
      return { compiled: chain, chainId: chain.id, chainName: chain.name, names: values.json ? [] : names };
    }
    const { model } =
      format === 'gexf' || format === 'graphml'
        ? await loadGraphChain(positionals[0]!, format, ctx)
        : await loadChainModel(positionals[0]!, ctx);
    reporter.stage('compiling the chain');
    // The model was fully validated above; the compiler's own structural pass is enough now.
    return {
      compiled: compileChain(model, { validate: 'structure' }),
      chainId: model.id,
      chainName: model.name,
      names: values.json ? [] : model.organisations.map((o) => o.name),
    };
  })();
  // Worker threads start now, so that their start overlaps with propagating.
  const spofThreads = threads ?? defaultThreads(compiled.dependencies);
  const workers = startFailureWorkers(spofThreads);
  // The forest of failures is made by a worker meanwhile: the part that needs no scores while
  // this thread propagates, the rest while it works out the failure basis (the chain's arrays are
  // in shared memory: nothing is copied).
  workers.giveChain(compiled);
  reporter.stage('propagating effective scores');
  const result = propagate(compiled);
  const forest = workers.forest(result.solution.effective);
  // Awaited below; if what comes first fails, a failed worker must not add an unhandled rejection.
  forest.catch(() => {});
  reporter.stage('finding who holds the chain back');
  const exposed = exposure(result).slice(0, top);
  reporter.stage('testing each organisation for a single point of failure');
  // Threads share one basis; one thread alone lets planFailures make it.
  const basis = spofThreads > 1 ? failureBasis(result.chain, result.solution.effective) : undefined;
  const plan = planFailures(result, { shared: spofThreads > 1, forest: await forest, basis });
  await workers.settle(plan, settleFailures);
  const spof = singlePointsOfFailure(result, { limit: top, plan });
  reporter.done();

  const weakest: LowestEntry[] = lowest(result, top).map((entry) => ({ ...entry, path: result.path(entry.id) }));
  const analysis: ChainCommandOutput = {
    schemaVersion: OUTPUT_SCHEMA_VERSION,
    chain: {
      id: chainId,
      name: chainName,
      organisations: compiled.size,
      dependencies: compiled.dependencies,
      repeatedDependencies: compiled.repeatedDependencies(),
      assessed: result.assessedCount(),
      unknownScore: result.unknownScore,
    },
    top,
    lowest: weakest,
    exposure: exposed,
    singlePointsOfFailure: spof,
    // Every organisation's entry is only printed with --json: a national chain has millions.
    organisations: values.json ? result.toJSON().organisations : [],
  };
  if (values.json) {
    await writeJson(ctx.stdout, analysis satisfies ChainAnalysisOutput);
    return 0;
  }
  ctx.stdout.write(renderChainText(analysis, (id) => names[compiled.indexOf(id)] ?? id, lang, ctx.style));
  return 0;
}
