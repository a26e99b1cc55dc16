/**
 * Load test of the centre on loopback: an open loop sending submissions at a fixed rate (default
 * 200 a second for 60 s) to a centre started here, on PGlite (a temporary directory) and on a
 * throwaway PostgreSQL cluster. Reports throughput, p50/p99 latency and errors per database, the
 * median over `--runs` runs, and the ratio to a baseline measured in the same run: the same loop
 * against GET /api/v1/consent, which touches no database (10 s by default). Requests share a pool
 * of 64 keep-alive connections (`--connections`).
 *
 *   pnpm --filter @lsh-cyber/centre bench [-- --rate 200 --seconds 60 --runs 1 --db pglite,postgresql]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startThrowawayCluster } from '../scripts/pg-cluster.js';
import { sampleSubmission } from '../scripts/sample-submission.js';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    runs: { type: 'string', default: '1' },
    db: { type: 'string', default: 'pglite,postgresql' },
    'baseline-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
  },
});
// A bounded pool of keep-alive connections, as a reverse proxy in front of the centre would use.
const agent = new Agent({ keepAlive: true, maxSockets: Number(values.connections) });

/** One request; resolves with the status once the whole answer has arrived. */
function send(url: string, method: string, payload?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const runs = Number(values.runs);
const here = join(import.meta.dirname, '..');

const body = JSON.stringify({ submission: sampleSubmission(), consent: { purpose: 'benchmark', textVersion: '2026-12-01' } });

function startCentre(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: here,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`centre exited with ${code}`)));
  });
}

interface Result {
  sent: number;
  ok: number;
  errors: number;
  throughput: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Sends requests on a fixed schedule (open loop: a slow answer does not delay the next request). */
async function loop(fire: () => Promise<number>, okStatus: number, duration: number): Promise<Result> {
  const total = Math.round(rate * duration);
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    pending.push(
      fire().then(
        (status) => {
          if (status === okStatus) latencies.push(performance.now() - t0);
          else errors++;
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    sent: total,
    ok: latencies.length,
    errors,
    throughput: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const fmt = (r: Result) =>
  `${r.throughput.toFixed(1)}/s ok ${r.ok}/${r.sent}, errors ${r.errors}, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`;

for (const db of values.db.split(',')) {
  let env: Record<string, string>;
  let cleanup: () => void;
  if (db === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'centre-bench-'));
    env = { CENTRE_DATA: join(dir, 'data') };
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  } else {
    const cluster = await startThrowawayCluster();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE centre_bench');
    await admin.end();
    env = { DATABASE_URL: cluster.url.replace(/\/postgres$/, '/centre_bench') };
    cleanup = cluster.stop;
  }
  const { child, url } = await startCentre(env);
  try {
    const submissions: Result[] = [];
    const baselines: Result[] = [];
    for (let run = 0; run < runs; run++) {
      baselines.push(await loop(() => send(`${url}/api/v1/consent`, 'GET'), 200, Number(values['baseline-seconds'])));
      submissions.push(await loop(() => send(`${url}/api/v1/submissions`, 'POST', body), 201, seconds));
      console.log(`${db} run ${run + 1}: submissions ${fmt(submissions.at(-1)!)} | baseline GET /consent ${fmt(baselines.at(-1)!)}`);
    }
    const p50 = median(submissions.map((r) => r.p50));
    const p99 = median(submissions.map((r) => r.p99));
    const base50 = median(baselines.map((r) => r.p50));
    console.log(
      `${db}: median of ${runs} run(s) at ${rate}/s for ${seconds} s: throughput ${median(submissions.map((r) => r.throughput)).toFixed(1)}/s, ` +
        `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, errors ${median(submissions.map((r) => r.errors))}; ` +
        `p50 ${(p50 / base50).toFixed(2)}× the no-database baseline (${base50.toFixed(1)} ms)`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    cleanup();
  }
}
