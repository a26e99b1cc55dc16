// National scale end to end: `lsh-cyber chain` on a generated chain (default 1,000,000
// organisations, 5,000,000 dependencies) as a JSON file and as a CSV pair, against baselines
// measured in the same run: `JSON.parse` of the same JSON file, and a plain pass that splits the
// same CSV files into lines and fields. Runs RUNS rounds of baseline-then-command and prints the
// median times, the median of the rounds' ratios (each round's two runs see the machine in the
// same state), the peak memory (max RSS, from /usr/bin/time) of the command, and the time of each
// of the command's stages (from its progress lines) in the median round, so the ratio without the
// single-points-of-failure stage can be read off as well.
// Run after `pnpm build`: node bench/national.mjs   (ORGS, DEPS and RUNS change the size and runs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChain, toCsv } from '@lsh-cyber/chain';

const bin = join(dirname(fileURLToPath(import.meta.url)), '../dist/bin.js');
const runs = Number(process.env.RUNS ?? 3);
const organisations = Number(process.env.ORGS ?? 1_000_000);
const dependencies = Number(process.env.DEPS ?? 5_000_000);
const heap = ['--max-old-space-size=3072'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The stages `lsh-cyber chain` reported on stderr (`lsh-cyber: [2/5] compiling the chain (1.2 s)`), in ms. */
const stagesOf = (stderr) =>
  [...stderr.matchAll(/^lsh-cyber: \[\d+\/\d+\] (.+) \(([\d.]+) s\)$/gm)].map((m) => ({ label: m[1], ms: Number(m[2]) * 1000 }));

/** Wall time (ms), max RSS (MiB) and the reported stages of one run of `node <args>`. */
function once(args) {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...heap, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', LSH_CYBER_PROGRESS: '1' },
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  return { ms, rss: kb / 1024, stages: stagesOf(result.stderr) };
}

/**
 * RUNS rounds of the baseline and then the command, one right after the other, so that both see
 * the machine in the same state (a shared machine's speed drifts by 20% over minutes). Returns the
 * median time of each, the median of the rounds' ratios, the command's largest max RSS, and the
 * stages of the round with the median ratio.
 */
function compare(baselineArgs, commandArgs) {
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    const baseline = once(baselineArgs);
    const command = once(commandArgs);
    rounds.push({ baseline, command, ratio: command.ms / baseline.ms });
  }
  const middle = rounds.find((r) => r.ratio === median(rounds.map((x) => x.ratio)));
  return {
    baseline: { ms: median(rounds.map((r) => r.baseline.ms)) },
    command: {
      ms: median(rounds.map((r) => r.command.ms)),
      rss: Math.max(...rounds.map((r) => r.command.rss)),
      stages: middle.command.stages,
    },
    ratio: middle.ratio,
    ratios: rounds.map((r) => r.ratio),
    middle,
  };
}

/** The stages as `label 1.2 s; …`, and the time of all but the single-points-of-failure stage. */
function describeStages(run, baseline) {
  const spof = run.stages.find((s) => s.label.includes('single point of failure'))?.ms ?? 0;
  const rest = run.ms - spof;
  const list = run.stages.map((s) => `${s.label} ${(s.ms / 1000).toFixed(1)} s`).join('; ');
  return `  stages: ${list}\n  without the single-points-of-failure stage: ${rest.toFixed(0)} ms = ${(rest / baseline.ms).toFixed(2)}x`;
}

const parseJson = (file) => ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
const splitCsv = (a, b) => [
  '-e',
  `let n = 0; for (const f of [${JSON.stringify(a)}, ${JSON.stringify(b)}]) for (const line of require('fs').readFileSync(f, 'utf8').split('\\n')) n += line.split(',').length; if (n < 0) console.log(n);`,
];

const dir = mkdtempSync(join(tmpdir(), 'lsh-cyber-national-'));
try {
  const model = generateChain({ organisations, dependencies, seed: 11 });
  const json = join(dir, 'chain.json');
  writeFileSync(json, JSON.stringify(model));
  const csv = toCsv(model);
  const orgs = join(dir, 'organisations.csv');
  const deps = join(dir, 'dependencies.csv');
  writeFileSync(orgs, csv.organisations);
  writeFileSync(deps, csv.dependencies);
  const mib = (f) => (statSync(f).size / 1024 / 1024).toFixed(0);
  console.log(
    `${organisations} organisations, ${dependencies} dependencies; JSON ${mib(json)} MiB, CSV ${mib(orgs)} + ${mib(deps)} MiB; median of ${runs}`,
  );

  const report = (label, baselineLabel, { baseline, command, ratio, ratios, middle }) => {
    console.log(
      `${label}: ${baselineLabel} ${baseline.ms.toFixed(0)} ms; lsh-cyber chain ${command.ms.toFixed(0)} ms (medians); ` +
        `ratio ${ratio.toFixed(2)}x, the median of the rounds' ${ratios.map((r) => r.toFixed(2)).join(', ')} (target <= 3x); peak ${command.rss.toFixed(0)} MiB`,
    );
    console.log(describeStages(middle.command, middle.baseline));
  };
  report('JSON', 'JSON.parse', compare(parseJson(json), [bin, 'chain', json]));
  report('CSV', 'split into lines and fields', compare(splitCsv(orgs, deps), [bin, 'chain', orgs, deps]));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
