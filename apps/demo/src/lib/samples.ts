import type { ChainModel } from '@lsh-cyber/schema';

// The repository's fictional sample data, bundled at build time. This module is only imported by
// lazily loaded views, so none of it weighs on the first page.
const chainFiles = import.meta.glob<ChainModel>('../../../../examples/zuid-holland-chain.json', { import: 'default' });
const assessmentFiles = import.meta.glob<unknown>('../../../../examples/assessments/*.json', { import: 'default', eager: true });

/** The sample Zuid-Holland value chain (fictional), or null when the build did not include it. */
export async function loadSampleChain(): Promise<ChainModel | null> {
  const load = Object.values(chainFiles)[0];
  return load ? load() : null;
}

/** The sample assessments (fictional organisations), unvalidated, in file-name order. */
export function sampleAssessments(): unknown[] {
  return Object.keys(assessmentFiles)
    .sort()
    .map((name) => assessmentFiles[name]);
}
