// Writes examples/chain-csv/*.csv from examples/zuid-holland-chain.json, so the CSV sample stays
// the same chain. Run after `pnpm build`: `pnpm examples:csv`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseChainJson, toCsv } from '../dist/index.js';

const examples = new URL('../../../examples/', import.meta.url);
const model = parseChainJson(readFileSync(new URL('zuid-holland-chain.json', examples), 'utf8'), { file: 'zuid-holland-chain.json' });
const csv = toCsv(model);
writeFileSync(new URL('chain-csv/organisations.csv', examples), csv.organisations);
writeFileSync(new URL('chain-csv/dependencies.csv', examples), csv.dependencies);
console.log(`wrote examples/chain-csv: ${model.organisations.length} organisations, ${model.dependencies.length} dependencies`);
