import type { ClauseLibrary } from '@lsh-cyber/schema';
import type { ClausePack, ClauseValues } from '../types.js';
import { resolvePackValues } from '../values.js';
import { fill, type Locale, paragraphs, type Segment, WORDS } from './text.js';

/** One point of the checklist: what the supplier's terms must say. */
export interface ChecklistItem {
  id: string;
  title: string;
  text: Segment[];
}

/** The one-page checklist a small buyer holds against a supplier's standard terms. */
export interface ChecklistModel {
  locale: Locale;
  title: string;
  intro: string;
  header: { label: string; value: string }[];
  /** The must-have points, each with what the terms must say. */
  items: ChecklistItem[];
  /** Titles of the negotiable clauses, listed in one line. */
  alsoAsk: string[];
}

/**
 * The checklist of a pack: for each must-have clause, what the supplier's standard terms must cover,
 * with the pack's values filled in; the negotiable clauses by title only, so the list fits one page.
 * A clause without checklist text (libraries before 2.0) appears by title among the must-haves.
 */
export function buildChecklist(pack: ClausePack, library: ClauseLibrary, locale: Locale, values?: ClauseValues): ChecklistModel {
  const resolved = resolvePackValues(pack, library, values);
  const items: ChecklistItem[] = [];
  const alsoAsk: string[] = [];
  for (const { clause, params } of resolved) {
    if (clause.negotiation?.position === 'negotiable') {
      alsoAsk.push(clause.title[locale]);
      continue;
    }
    const text = clause.checklist ? paragraphs(fill(clause.checklist[locale], clause, params, locale)).flat() : [];
    items.push({ id: clause.id, title: clause.title[locale], text });
  }
  return {
    locale,
    title: `${WORDS.checklistTitle[locale]} ${pack.supplier.name}`,
    intro: WORDS.checklistIntro[locale],
    header: [
      { label: WORDS.buyer[locale], value: pack.buyer.name },
      { label: WORDS.supplier[locale], value: pack.supplier.name },
    ],
    items,
    alsoAsk,
  };
}
