// `chain --json` on a national chain: writes the analysis of a 4,000,000-organisation chain (about
// 600 MB of JSON, longer than the longest string V8 can build, so JSON.stringify would throw
// "Invalid string length") through the streaming writer into a counting sink, and prints the
// chunk count, the largest chunk, the total size and the time, with JSON.stringify of a 1/40 slice
// as the baseline measured in the same run. Run after `pnpm build`: `node bench/json-stream.bench.mjs`.
import { writeJson } from '../dist/json-stream.js';

const N = Number(process.env.ORGANISATIONS ?? 4_000_000);
const organisations = new Array(N);
for (let i = 0; i < N; i++) {
  const id = `org-${i}`;
  organisations[i] = { id, own: 50, effective: 42.5, via: i === 0 ? null : `org-${i - 1}`, origin: 'org-0', assessed: i % 3 !== 0 };
}
const analysis = { chain: { id: 'national', name: 'National chain', organisations: N }, top: 10, lowest: [], organisations };
let chunks = 0;
let largest = 0;
let total = 0;
const started = performance.now();
await writeJson(
  {
    write(chunk) {
      chunks++;
      largest = Math.max(largest, chunk.length);
      total += chunk.length;
      return true;
    },
  },
  analysis,
);
const streamed = performance.now() - started;
const slice = { ...analysis, organisations: organisations.slice(0, N / 40) };
const baseStart = performance.now();
const sliceLength = JSON.stringify(slice, null, 2).length;
const baseline = (performance.now() - baseStart) * 40;
let stringify = 'ok';
try {
  JSON.stringify(analysis, null, 2);
} catch (error) {
  stringify = `${error.name}: ${error.message}`;
}
console.log(
  `${N.toLocaleString('en-GB')} organisations: ${(total / 1e6).toFixed(0)} MB of JSON in ${chunks} chunks, largest ${largest} characters`,
);
console.log(
  `streamed in ${(streamed / 1000).toFixed(1)} s; 40 x JSON.stringify of a 1/40 slice (${(sliceLength / 1e6).toFixed(0)} MB) ${(baseline / 1000).toFixed(1)} s, ratio ${(streamed / baseline).toFixed(2)}`,
);
console.log(`JSON.stringify of the whole analysis: ${stringify}`);
