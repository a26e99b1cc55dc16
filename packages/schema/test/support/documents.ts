import type fc from 'fast-check';
import {
  AssessmentSchema,
  BenchmarkReleaseSchema,
  BenchmarkSubmissionSchema,
  CatalogSchema,
  ChainModelSchema,
  ClauseLibrarySchema,
  OrganisationProfileSchema,
  ScoreReportSchema,
} from '../../src/index.js';
import { arbitraryFor } from './arbitrary-from-zod.js';

type Doc = Record<string, unknown>;

const uniqueBy = <T>(xs: T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && seen.add(key(x)) !== undefined);
};
const unique = (xs: unknown) => (Array.isArray(xs) ? [...new Set(xs)] : xs);

/** Repairs the semantic rules JSON Schema cannot express, so generated documents are fully valid. */
function repairProfileLike(p: Doc): Doc {
  if (p.data) p.data = unique(p.data);
  if (p.certifications) p.certifications = unique(p.certifications);
  return p;
}

const catalog = (arbitraryFor(CatalogSchema) as fc.Arbitrary<Doc>).map((c) => {
  const domains = uniqueBy(c.domains as Doc[], (d) => String(d.id));
  const measures: Doc[] = uniqueBy(c.measures as Doc[], (m) => String(m.id)).map((m) => ({ ...m, prerequisites: [] }));
  const questions = uniqueBy(c.questions as Doc[], (q) => String(q.id)).map((q) => {
    const options = uniqueBy(q.options as Doc[], (o) => String(o.value)).filter((o) => o.value !== 'na' && o.value !== 'unknown');
    while (options.length < 2) options.push({ value: `opt${options.length}x`, points: 0, label: { nl: 'x', en: 'x' } });
    options[0] = { ...options[0], points: 1 };
    options[options.length - 1] = { ...options[options.length - 1], points: 0 };
    return { ...q, domain: domains[0]?.id, options, measures: measures.slice(0, 1).map((m) => m.id), references: {} };
  });
  return { ...c, domains, measures: measures.map((m) => ({ ...m, references: {} })), questions };
});

const chain = (arbitraryFor(ChainModelSchema) as fc.Arbitrary<Doc>).map((m) => {
  const organisations = uniqueBy(m.organisations as Doc[], (o) => String(o.id)).map((o) => {
    if (o.profile) repairProfileLike(o.profile as Doc);
    return o;
  });
  const ids = organisations.map((o) => String(o.id));
  const dependencies =
    ids.length < 2
      ? []
      : uniqueBy(
          (m.dependencies as Doc[]).map((d, i) => ({ ...d, from: ids[i % ids.length], to: ids[(i + 1) % ids.length] })),
          (d) => `${d.from}→${d.to}`,
        );
  return { ...m, organisations, dependencies };
});

/** Arbitraries for fully valid documents of every kind. */
export const validDocuments = {
  OrganisationProfile: (arbitraryFor(OrganisationProfileSchema) as fc.Arbitrary<Doc>).map(repairProfileLike),
  Catalog: catalog,
  Assessment: (arbitraryFor(AssessmentSchema) as fc.Arbitrary<Doc>).map((a) => ({
    ...a,
    organisation: repairProfileLike(a.organisation as Doc),
  })),
  ScoreReport: arbitraryFor(ScoreReportSchema) as fc.Arbitrary<Doc>,
  ChainModel: chain,
  ClauseLibrary: (arbitraryFor(ClauseLibrarySchema) as fc.Arbitrary<Doc>).map(({ remove: _remove, ...l }) => ({
    ...l,
    // Parameters and citations are checked against the body and the official lists; keep them simple and valid.
    clauses: uniqueBy(l.clauses as Doc[], (c) => String(c.id)).map((c) => ({
      ...c,
      params: [],
      basis: [{ source: 'nis2', ref: '21(2)(d)' }],
    })),
  })),
  BenchmarkSubmission: arbitraryFor(BenchmarkSubmissionSchema) as fc.Arbitrary<Doc>,
  BenchmarkRelease: arbitraryFor(BenchmarkReleaseSchema) as fc.Arbitrary<Doc>,
} as const;
