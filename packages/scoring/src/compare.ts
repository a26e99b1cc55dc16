import type { Catalog, LocalizedText, ScoreReport } from '@lsh-cyber/schema';
import { indexCatalog } from './catalog-index.js';
import type { Roadmap } from './roadmap-types.js';
import { roundTo } from './rounding.js';

type Status = ScoreReport['contributions'][number]['status'];
type DomainStatus = ScoreReport['domains'][number]['status'];

/** A question whose gap was closed or opened. */
export interface GapChange {
  questionId: string;
  domain: string;
  critical: boolean;
  before: Status;
  after: Status;
}

/** Change of one domain. */
export interface DomainChange {
  id: string;
  title: LocalizedText;
  before: number | null;
  after: number | null;
  /** after − before (1 decimal); null when either is null. */
  change: number | null;
  statusBefore: DomainStatus | null;
  statusAfter: DomainStatus | null;
}

/** The output of {@link compareReports}. */
export interface ReportComparison {
  assessments: { before: string; after: string };
  /** Whether both reports answer the same catalog version; when not, questions are matched by id. */
  sameCatalogVersion: boolean;
  overall: { before: number; after: number; change: number };
  level: { before: number; after: number; change: number };
  perceptionGap: { before: number | null; after: number | null };
  domains: DomainChange[];
  /** Questions not fully in place before and fully in place after, in the after report's order. */
  gapsClosed: GapChange[];
  /** Questions fully in place before and not after (partly, not in place, unknown or unanswered). */
  gapsOpened: GapChange[];
  /** Measures now done; null when neither a roadmap nor a catalog was given. */
  measuresDone: string[] | null;
}

/** Optional context for {@link compareReports}. */
export interface CompareOptions {
  /** The roadmap made after the first scan: its measures are checked against the second report. */
  roadmap?: Roadmap;
  /** Without a roadmap: the catalog, to find measures whose linked questions are newly all in place. */
  catalog?: Catalog;
}

const GAP = new Set<Status>(['partly', 'not-in-place', 'unknown', 'unanswered']);

function doneFromRoadmap(roadmap: Roadmap, after: ReadonlyMap<string, Status>): string[] {
  return roadmap.years
    .flatMap((y) => y.measures)
    .filter((m) => m.addresses.length > 0 && m.addresses.every((q) => after.get(q) === 'in-place'))
    .map((m) => m.id);
}

function doneFromCatalog(catalog: Catalog, before: ReadonlyMap<string, Status>, after: ReadonlyMap<string, Status>): string[] {
  const index = indexCatalog(catalog);
  const allInPlace = (statuses: ReadonlyMap<string, Status>, qs: readonly string[]) => {
    const linked = qs.map((q) => statuses.get(q)).filter((s) => s !== undefined && s !== 'excluded' && s !== 'not-applicable');
    return linked.length > 0 && linked.every((s) => s === 'in-place');
  };
  return catalog.measures
    .filter((m) => {
      const qs = index.questionsByMeasure.get(m.id) ?? [];
      return allInPlace(after, qs) && !allInPlace(before, qs);
    })
    .map((m) => m.id);
}

/**
 * Compares a re-scan with an earlier scan: overall and level change, change per domain, gaps closed
 * and opened, and which measures are done. Questions are matched by id, so two versions of a
 * catalog can be compared; questions only in one report are ignored.
 */
export function compareReports(before: ScoreReport, after: ScoreReport, options: CompareOptions = {}): ReportComparison {
  const statusBefore = new Map(before.contributions.map((c) => [c.questionId, c.status]));
  const statusAfter = new Map(after.contributions.map((c) => [c.questionId, c.status]));
  const gapsClosed: GapChange[] = [];
  const gapsOpened: GapChange[] = [];
  for (const c of after.contributions) {
    const b = statusBefore.get(c.questionId);
    if (b === undefined) continue;
    const change = { questionId: c.questionId, domain: c.domain, critical: c.critical, before: b, after: c.status };
    if (GAP.has(b) && c.status === 'in-place') gapsClosed.push(change);
    else if (b === 'in-place' && GAP.has(c.status)) gapsOpened.push(change);
  }
  const domainsBefore = new Map(before.domains.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const domains: DomainChange[] = [];
  const push = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const b = domainsBefore.get(id);
    const a = after.domains.find((d) => d.id === id);
    const title = (a ?? b)!.title;
    const bs = b?.score ?? null;
    const as = a?.score ?? null;
    domains.push({
      id,
      title: { nl: title.nl, en: title.en },
      before: bs,
      after: as,
      change: bs === null || as === null ? null : roundTo(as - bs, 1),
      statusBefore: b?.status ?? null,
      statusAfter: a?.status ?? null,
    });
  };
  for (const d of after.domains) push(d.id);
  for (const d of before.domains) push(d.id);
  let measuresDone: string[] | null = null;
  if (options.roadmap) measuresDone = doneFromRoadmap(options.roadmap, statusAfter);
  else if (options.catalog) measuresDone = doneFromCatalog(options.catalog, statusBefore, statusAfter);
  return {
    assessments: { before: before.assessmentId, after: after.assessmentId },
    sameCatalogVersion: before.catalog.id === after.catalog.id && before.catalog.version === after.catalog.version,
    overall: { before: before.overall, after: after.overall, change: roundTo(after.overall - before.overall, 1) },
    level: { before: before.level.value, after: after.level.value, change: after.level.value - before.level.value },
    perceptionGap: { before: before.perceptionGap, after: after.perceptionGap },
    domains,
    gapsClosed,
    gapsOpened,
    measuresDone,
  };
}
