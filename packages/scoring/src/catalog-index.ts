import type { Catalog, Measure, Question, SizeClass, Subsector } from '@lsh-cyber/schema';
import { questionApplies } from './question-applies.js';

/** A question with what the engine needs precomputed. */
export interface IndexedQuestion {
  readonly question: Question;
  /** Position of its domain in `catalog.domains`. */
  readonly domainIndex: number;
  /** Whether "na" is an allowed answer. */
  readonly naAllowed: boolean;
  /** Option values (internalised, so equal answers compare by pointer) and their points, in option order (at most 5: a scan beats a Map). */
  readonly values: readonly string[];
  readonly points: readonly number[];
  /** The value of the first option worth 1 point. */
  readonly bestValue: string;
  /** Positions in {@link CatalogIndex.isoControls} of the ISO controls it cites. */
  readonly isoIndexes: readonly number[];
  /** Positions 0-9 (a-j) of the NIS2 letters it cites. */
  readonly nis2Indexes: readonly number[];
  /** The id as an internalised property key (cheaper dictionary lookups than a string read from JSON). */
  readonly key: string;
  /** True when the id names an `Object.prototype` property, so `answers[id]` needs an own-property check. */
  readonly inherited: boolean;
}

/** Per-catalog lookups, computed once per catalog object. */
export interface CatalogIndex {
  readonly questions: readonly IndexedQuestion[];
  /** Weight of each question, by position. */
  readonly weights: readonly number[];
  readonly questionById: ReadonlyMap<string, IndexedQuestion>;
  readonly measureById: ReadonlyMap<string, Measure>;
  /** Catalog question ids linking to each measure, in catalog order. */
  readonly questionsByMeasure: ReadonlyMap<string, readonly string[]>;
  /** ISO/IEC 27001 controls cited by any question, in numeric order (5.1, 5.2, ..., 8.34). */
  readonly isoControls: readonly string[];
  /** Per ISO control (same order), the positions of the questions citing it. */
  readonly isoQuestions: readonly (readonly number[])[];
  /** Per NIS2 letter a-j, the positions of the questions citing it. */
  readonly nis2Questions: readonly (readonly number[])[];
  /** Which questions apply, per `subsector|sizeClass`; filled on first use of each profile. */
  readonly applicability: Map<string, readonly boolean[]>;
}

export const NIS2_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

// A WeakMap keyed by the catalog object: scoring stays a pure function of its arguments (the cache
// holds only values derived from the catalog) while 50,000 reports a second reuse one index.
// Catalogs are treated as immutable once scored; a changed catalog must be a new object.
const cache = new WeakMap<Catalog, CatalogIndex>();

function compareControls(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1! - b1! || a2! - b2!;
}

/** The same string as a property key: V8 internalises keys, and lookups and comparisons with internalised strings are cheaper. */
function internalise(s: string): string {
  return Object.keys({ [s]: 0 })[0]!;
}

/** The index of `catalog`, built on first use. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const domainIndex = new Map(catalog.domains.map((d, i) => [d.id, i]));
  const isoControls = [...new Set(catalog.questions.flatMap((q) => q.references.iso27001 ?? []))].sort(compareControls);
  const isoIndex = new Map(isoControls.map((c, i) => [c, i]));
  const questions = catalog.questions.map((q): IndexedQuestion => {
    const best = q.options.find((o) => o.points === 1) ?? q.options.reduce((a, b) => (b.points > a.points ? b : a));
    return {
      question: q,
      domainIndex: domainIndex.get(q.domain) ?? -1,
      naAllowed: q.notApplicableAllowed,
      values: q.options.map((o) => internalise(o.value)),
      points: q.options.map((o) => o.points),
      bestValue: best.value,
      isoIndexes: [...new Set(q.references.iso27001 ?? [])].map((c) => isoIndex.get(c)!),
      nis2Indexes: [...new Set(q.references.nis2 ?? [])].map((l) => NIS2_LETTERS.indexOf(l)),
      key: internalise(q.id),
      inherited: q.id in Object.prototype,
    };
  });
  const questionsByMeasure = new Map<string, string[]>(catalog.measures.map((m) => [m.id, []]));
  for (const q of catalog.questions) for (const m of q.measures) questionsByMeasure.get(m)?.push(q.id);
  const isoQuestions = isoControls.map(() => [] as number[]);
  const nis2Questions = NIS2_LETTERS.map(() => [] as number[]);
  questions.forEach((q, i) => {
    for (const k of q.isoIndexes) isoQuestions[k]!.push(i);
    for (const k of q.nis2Indexes) nis2Questions[k]!.push(i);
  });
  const index: CatalogIndex = {
    questions,
    weights: questions.map((q) => q.question.weight),
    isoQuestions,
    nis2Questions,
    applicability: new Map(),
    questionById: new Map(questions.map((q) => [q.question.id, q])),
    measureById: new Map(catalog.measures.map((m) => [m.id, m])),
    questionsByMeasure,
    isoControls,
  };
  cache.set(catalog, index);
  return index;
}

/** Per question, whether it applies to this profile; cached in the catalog index (at most 23 × 4 entries). */
export function applicableMask(index: CatalogIndex, subsector: Subsector, sizeClass: SizeClass): readonly boolean[] {
  const key = `${subsector}|${sizeClass}`;
  let mask = index.applicability.get(key);
  if (!mask) {
    mask = index.questions.map((q) => questionApplies(q.question, { subsector, sizeClass }));
    index.applicability.set(key, mask);
  }
  return mask;
}
