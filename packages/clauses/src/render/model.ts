import type { Clause, ClauseLibrary } from '@lsh-cyber/schema';
import type { ClausePack, ClauseValues, ParamValue } from '../types.js';
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

/** One binding part: an article or an annex, with its filled-in text. */
export interface ModelClause {
  id: string;
  /** "Artikel 3" / "Bijlage A": how other parts refer to it. */
  label: string;
  heading: string;
  body: Segment[][];
}

/** The non-binding notes on one binding part. */
export interface ModelGuidance {
  id: string;
  heading: string;
  /** The negotiating position, with the fallback when there is one. */
  position: string | null;
  fallback: Segment[][];
  plain: Segment[][];
  why: string[];
  basis: string[];
  evidence: string[];
}

/** One agreed deviation as the register shows it. */
export interface ModelDeviation {
  clause: string;
  agreed: string;
  reason: string;
  agreedOn: string;
  approvedBy: string | null;
}

/**
 * A pack laid out for rendering, in one language: the binding contract text (articles, annexes and
 * the register of deviations) and, apart from it, the guidance annex that binds nobody. `value`
 * segments and header values came from users.
 */
export interface RenderModel {
  locale: Locale;
  title: string;
  header: { label: string; value: string }[];
  clauses: ModelClause[];
  annexes: ModelClause[];
  deviations: { heading: string; intro: string; rows: ModelDeviation[] } | null;
  guidance: { heading: string; notes: string[]; items: ModelGuidance[] };
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

/** Annex letters: A, B, … Z, AA, AB … */
export function annexLetter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `${annexLetter(Math.floor(i / 26) - 1)}${annexLetter(i % 26)}`;
}

const isAnnex = (c: Clause): boolean => c.part === 'annex';

/** The negotiating position in words, or null when the library gives none (libraries before 2.0). */
export function positionText(clause: Clause, locale: Locale): string | null {
  const n = clause.negotiation;
  if (!n) return null;
  return n.position === 'must-have' ? WORDS.mustHave[locale] : WORDS.negotiable[locale];
}

/** Lays out a pack in one language, after checking every value (see {@link resolvePackValues}). */
export function buildModel(pack: ClausePack, library: ClauseLibrary, locale: Locale, values?: ClauseValues): RenderModel {
  const resolved = resolvePackValues(pack, library, values);
  const reasons = new Map(pack.clauses.map((c) => [c.id, c.reasons]));
  const articles = resolved.filter((r) => !isAnnex(r.clause));
  const annexes = resolved.filter((r) => isAnnex(r.clause));
  const numbers = numberByTopic(articles.map((r) => r.clause.topic));
  const labels = new Map<string, string>();
  articles.forEach((r, i) => {
    labels.set(r.clause.id, `${WORDS.clause[locale]} ${numbers[i]}`);
  });
  annexes.forEach((r, i) => {
    labels.set(r.clause.id, `${WORDS.annex[locale]} ${annexLetter(i)}`);
  });
  const deviations = pack.deviations ?? [];
  const guidanceLetter = annexLetter(annexes.length + (deviations.length ? 1 : 0));

  const part = ({ clause, params }: { clause: Clause; params: Record<string, ParamValue> }): ModelClause => ({
    id: clause.id,
    label: labels.get(clause.id)!,
    heading: `${labels.get(clause.id)}. ${clause.title[locale]}`,
    body: paragraphs(fill(clause.body[locale], clause, params, locale)),
  });
  const titles = new Map(resolved.map((r) => [r.clause.id, `${labels.get(r.clause.id)} (${r.clause.title[locale]})`]));

  return {
    locale,
    title: `${WORDS.title[locale]}: ${pack.supplier.name}`,
    header: [
      { label: WORDS.buyer[locale], value: pack.buyer.name },
      { label: WORDS.supplier[locale], value: pack.supplier.name },
    ],
    clauses: articles.map(part),
    annexes: annexes.map(part),
    deviations: deviations.length
      ? {
          heading: `${WORDS.annex[locale]} ${annexLetter(annexes.length)}. ${WORDS.deviations[locale]}`,
          intro: WORDS.deviationsIntro[locale],
          rows: deviations.map((d) => ({
            clause: titles.get(d.clause) ?? d.clause,
            agreed: d.agreed,
            reason: d.reason,
            agreedOn: d.agreedOn,
            approvedBy: d.approvedBy ?? null,
          })),
        }
      : null,
    guidance: {
      heading: `${WORDS.annex[locale]} ${guidanceLetter}. ${WORDS.guidance[locale]}`,
      notes: [
        WORDS.guidanceNote[locale],
        WORDS.disclaimer[locale],
        `${WORDS.tier[locale]}: ${TIER_LABELS[pack.tier][locale]} (${pack.roles.map((r) => `${roleLabel(r.id, locale)}: ${r.tierReason[locale]}`).join('; ')})`,
        `${WORDS.library[locale]}: ${pack.library.id} ${pack.library.version}`,
      ],
      items: resolved.map(({ clause, params }) => ({
        id: clause.id,
        heading: `${WORDS.notes[locale]} ${labels.get(clause.id)!.replace(/^\S+/, (w) => w.toLowerCase())}. ${clause.title[locale]}`,
        position: positionText(clause, locale),
        fallback: clause.negotiation?.fallback ? paragraphs(fill(clause.negotiation.fallback[locale], clause, params, locale)) : [],
        plain: paragraphs(fill(clause.plain[locale], clause, params, locale)),
        why: reasonLines(reasons.get(clause.id) ?? [], locale),
        basis: clause.basis.map((b) => formatBasis(b, locale)),
        evidence: clause.evidence.map((e) => formatEvidence(e, locale)),
      })),
    },
  };
}
