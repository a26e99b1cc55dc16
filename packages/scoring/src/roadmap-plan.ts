import type { Catalog, Measure, ScoreReport } from '@lsh-cyber/schema';
import type { CatalogIndex } from './catalog-index.js';

/** Risk reduction of a critical question counts this many times that of an ordinary one. */
export const CRITICAL_BOOST = 3;

type Contribution = ScoreReport['contributions'][number];

/** Answer statuses whose question a measure can still improve. */
export const OPEN: ReadonlySet<string> = new Set(['partly', 'not-in-place', 'unknown', 'unanswered']);

/** The planner's state: what is open, what is done. */
export class Plan {
  readonly done = new Set<string>();
  readonly fixed = new Set<string>();
  constructor(
    readonly index: CatalogIndex,
    readonly open: ReadonlyMap<string, Contribution>,
  ) {}

  /** Open questions linked to `m`, in catalog order. */
  addresses(m: string): string[] {
    return (this.index.questionsByMeasure.get(m) ?? []).filter((q) => this.open.has(q) && !this.fixed.has(q));
  }

  /**
   * Σ over open questions linked to `m` of weight × (1 − points) × boost, shared equally among the
   * linked measures not yet done (a question is fixed only when all of its measures are done).
   */
  value(m: string): number {
    let v = 0;
    for (const qid of this.addresses(m)) {
      const c = this.open.get(qid)!;
      const q = this.index.questionById.get(qid)!.question;
      const pending = q.measures.filter((x) => !this.done.has(x)).length;
      v += (c.weight * (1 - c.points) * (q.critical ? CRITICAL_BOOST : 1)) / Math.max(1, pending);
    }
    return v;
  }

  /** `m` and its prerequisites not yet done, prerequisites first (depth-first, in listed order). */
  bundle(m: string): Measure[] {
    const out: Measure[] = [];
    const seen = new Set<string>();
    const visit = (id: string): void => {
      if (seen.has(id) || this.done.has(id)) return;
      seen.add(id);
      const measure = this.index.measureById.get(id);
      if (!measure) return;
      for (const p of measure.prerequisites) visit(p);
      out.push(measure);
    };
    visit(m);
    return out;
  }

  /** Marks `m` done; returns the questions it completes. */
  complete(m: string): string[] {
    this.done.add(m);
    const fixes: string[] = [];
    for (const qid of this.index.questionsByMeasure.get(m) ?? []) {
      if (!this.open.has(qid) || this.fixed.has(qid)) continue;
      if (this.index.questionById.get(qid)!.question.measures.every((x) => this.done.has(x))) {
        this.fixed.add(qid);
        fixes.push(qid);
      }
    }
    return fixes;
  }
}

/** Measures whose applicable linked questions are all fully in place (at least one). */
export function measuresInPlace(catalog: Catalog, index: CatalogIndex, byId: ReadonlyMap<string, Contribution>): string[] {
  return catalog.measures
    .filter((m) => {
      const linked = (index.questionsByMeasure.get(m.id) ?? [])
        .map((q) => byId.get(q)!)
        .filter((c) => c.status !== 'excluded' && c.status !== 'not-applicable');
      return linked.length > 0 && linked.every((c) => c.status === 'in-place');
    })
    .map((m) => m.id);
}
