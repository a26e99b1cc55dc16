import type { ClauseLibrary } from '@lsh-cyber/schema';
import type { ClausePack, ClauseValues } from '../types.js';
import { resolvePackValues } from '../values.js';
import {
  fill,
  formatBasis,
  formatEvidence,
  type Locale,
  paragraphs,
  reasonLines,
  roleLabel,
  type Segment,
  TIER_LABELS,
  WORDS,
} from './text.js';

/** One clause as every format renders it. */
export interface ModelClause {
  id: string;
  heading: string;
  body: Segment[][];
  plain: Segment[][];
  why: string[];
  basis: string[];
  evidence: string[];
}

/** A pack laid out for rendering, in one language; `value` segments and header values came from users. */
export interface RenderModel {
  locale: Locale;
  title: string;
  header: { label: string; value: string }[];
  disclaimer: string;
  clauses: ModelClause[];
}

/**
 * Clause numbers that group a topic: consecutive clauses on one topic share an article number and
 * get sub-numbers ("5.1", "5.2"); a topic with one clause gets a plain number.
 */
export function numberByTopic(topics: readonly string[]): string[] {
  const size = new Map<number, number>();
  const group: number[] = [];
  let main = 0;
  topics.forEach((t, i) => {
    if (i === 0 || t !== topics[i - 1]) main++;
    group.push(main);
    size.set(main, (size.get(main) ?? 0) + 1);
  });
  const seen = new Map<number, number>();
  return group.map((g) => {
    const sub = (seen.get(g) ?? 0) + 1;
    seen.set(g, sub);
    return size.get(g)! > 1 ? `${g}.${sub}` : `${g}`;
  });
}

/** Lays out a pack in one language, after checking every value (see {@link resolvePackValues}). */
export function buildModel(pack: ClausePack, library: ClauseLibrary, locale: Locale, values?: ClauseValues): RenderModel {
  const resolved = resolvePackValues(pack, library, values);
  const reasons = new Map(pack.clauses.map((c) => [c.id, c.reasons]));
  const numbers = numberByTopic(resolved.map((r) => r.clause.topic));
  return {
    locale,
    title: `${WORDS.title[locale]}: ${pack.supplier.name}`,
    header: [
      { label: WORDS.buyer[locale], value: pack.buyer.name },
      { label: WORDS.supplier[locale], value: pack.supplier.name },
      {
        label: WORDS.tier[locale],
        value: `${TIER_LABELS[pack.tier][locale]} (${pack.roles.map((r) => `${roleLabel(r.id, locale)}: ${r.tierReason[locale]}`).join('; ')})`,
      },
      { label: WORDS.library[locale], value: `${pack.library.id} ${pack.library.version}` },
    ],
    disclaimer: WORDS.disclaimer[locale],
    clauses: resolved.map(({ clause, params }, i) => ({
      id: clause.id,
      heading: `${WORDS.clause[locale]} ${numbers[i]}. ${clause.title[locale]}`,
      body: paragraphs(fill(clause.body[locale], clause, params, locale)),
      plain: paragraphs(fill(clause.plain[locale], clause, params, locale)),
      why: reasonLines(reasons.get(clause.id) ?? [], locale),
      basis: clause.basis.map((b) => formatBasis(b, locale)),
      evidence: clause.evidence.map((e) => formatEvidence(e, locale)),
    })),
  };
}
