import { type Clause, type DataKind, WEAK_SCORE } from '@lsh-cyber/schema';
import type { BuyerDuty, ClauseReason, Localized, PackRole, ReportInput } from './types.js';

/** A domain score below this (0–100) counts as weak, so clauses triggered by that domain are proposed. */
const WEAK_DOMAIN_SCORE = WEAK_SCORE;

/** Data kinds in plain words. */
export const DATA_LABELS: Readonly<Record<DataKind, Localized>> = Object.freeze({
  patient: { nl: 'patiëntgegevens', en: 'patient data' },
  personal: { nl: 'persoonsgegevens', en: 'personal data' },
  research: { nl: 'onderzoeksgegevens', en: 'research data' },
  ip: { nl: 'intellectueel eigendom', en: 'intellectual property' },
});

/** Buyer duties in plain words. */
export const DUTY_LABELS: Readonly<Record<BuyerDuty, Localized>> = Object.freeze({
  nis2: { nl: 'de Afnemer valt onder NIS2 (meldplicht binnen 24 uur)', en: 'the Buyer falls under NIS2 (must report within 24 hours)' },
  'gdpr-controller': {
    nl: 'de Afnemer is verwerkingsverantwoordelijke onder de AVG (meldplicht datalek binnen 72 uur)',
    en: 'the Buyer is a GDPR controller (must report a personal data breach within 72 hours)',
  },
});

const list = (xs: readonly string[], and: string): string =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}`;

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** What the selection knows when it tests a clause's triggers for one role. */
export interface TriggerContext {
  role: PackRole;
  report: ReportInput | undefined;
  duties: readonly BuyerDuty[];
}

/**
 * The reasons a clause is proposed for a role: one per trigger that fires. Empty means the clause is
 * not proposed. A critical gap counts when the question is listed, or when it lies in a listed domain.
 */
export function firedTriggers(clause: Clause, { role, report, duties }: TriggerContext): ClauseReason[] {
  const t = clause.triggers;
  const reasons: ClauseReason[] = [];
  if (t.always)
    reasons.push({ kind: 'always', text: { nl: 'Hoort bij elk contract van deze soort.', en: 'Belongs in every contract of this kind.' } });
  const shared = (t.data ?? []).filter((d) => role.data.includes(d));
  if (shared.length) {
    reasons.push({
      kind: 'data',
      data: shared,
      text: {
        nl: `De Afnemer deelt ${list(
          shared.map((d) => DATA_LABELS[d].nl),
          'en',
        )} met de Leverancier.`,
        en: `The Buyer shares ${list(
          shared.map((d) => DATA_LABELS[d].en),
          'and',
        )} with the Supplier.`,
      },
    });
  }
  if (t.minCriticality !== undefined && role.criticality >= t.minCriticality) {
    reasons.push({
      kind: 'criticality',
      criticality: role.criticality,
      minCriticality: t.minCriticality,
      text: {
        nl: `De Afnemer is sterk afhankelijk van de Leverancier (kritikaliteit ${percent(role.criticality)}, drempel ${percent(t.minCriticality)}).`,
        en: `The Buyer depends heavily on the Supplier (criticality ${percent(role.criticality)}, threshold ${percent(t.minCriticality)}).`,
      },
    });
  }
  if (report) {
    const domains = new Set(t.domains ?? []);
    for (const d of report.domains) {
      if (!domains.has(d.id) || d.score === null || d.score >= WEAK_DOMAIN_SCORE) continue;
      const score = Math.round(d.score);
      reasons.push({
        kind: 'weak-domain',
        domain: d.id,
        score: d.score,
        threshold: WEAK_DOMAIN_SCORE,
        text: {
          nl: `De Leverancier scoorde zwak op "${d.title.nl}" (${score} van 100; zwak is onder ${WEAK_DOMAIN_SCORE}).`,
          en: `The Supplier scored weak on "${d.title.en}" (${score} out of 100; weak is below ${WEAK_DOMAIN_SCORE}).`,
        },
      });
    }
    const gaps = new Set(t.criticalGaps ?? []);
    for (const g of report.criticalGaps) {
      if (!gaps.has(g.questionId) && !domains.has(g.domain)) continue;
      reasons.push({
        kind: 'critical-gap',
        questionId: g.questionId,
        domain: g.domain,
        text: {
          nl: `Kritiek punt bij de Leverancier niet op orde: "${g.text.nl}"`,
          en: `A critical point is not in place at the Supplier: "${g.text.en}"`,
        },
      });
    }
  }
  for (const duty of t.buyerDuties ?? []) {
    if (!duties.includes(duty)) continue;
    reasons.push({
      kind: 'buyer-duty',
      duty,
      text: { nl: `Wettelijke plicht: ${DUTY_LABELS[duty].nl}.`, en: `Legal duty: ${DUTY_LABELS[duty].en}.` },
    });
  }
  return reasons;
}
