import { type ChainModel, type ScoreReport, safeParseAssessment } from '@lsh-cyber/schema';
import { scoreAssessment } from '@lsh-cyber/scoring';
import { catalog } from './catalog.js';

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

let reports: ReadonlyMap<string, ScoreReport> | undefined;

/** Score reports of the sample assessments valid against the catalog, by assessment id; scored once for every view. */
export function sampleReports(): ReadonlyMap<string, ScoreReport> {
  if (!reports) {
    const byId = new Map<string, ScoreReport>();
    for (const raw of sampleAssessments()) {
      const parsed = safeParseAssessment(raw, { catalog });
      if (parsed.success) byId.set(parsed.data.id, scoreAssessment(parsed.data, catalog));
    }
    reports = byId;
  }
  return reports;
}
