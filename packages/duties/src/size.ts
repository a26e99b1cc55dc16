import type { GroupEnterprise, OrganisationProfile } from '@lsh-cyber/schema';
import type { Localized } from './types.js';

/**
 * Ceilings of Commission Recommendation 2003/361/EC, Annex Art. 2: an enterprise is medium-sized or
 * larger with at least 50 staff, or with turnover above €10 M and balance sheet above €10 M; it is
 * large (exceeds the medium-sized ceilings) with at least 250 staff, or turnover above €50 M and
 * balance sheet above €43 M.
 */
export const SIZE_CEILINGS = Object.freeze({
  small: Object.freeze({ staff: 50, turnoverEur: 10_000_000, balanceSheetEur: 10_000_000 }),
  medium: Object.freeze({ staff: 250, turnoverEur: 50_000_000, balanceSheetEur: 43_000_000 }),
});

/** A partner holding below this share is autonomous and not counted (Annex Art. 3(2)). */
export const PARTNER_THRESHOLD = 0.25;

/**
 * The EU size class; `medium-or-large` when the figures prove at least medium-sized but not which,
 * `unknown` when they cannot even decide that.
 */
export type EnterpriseSize = 'small' | 'medium' | 'large' | 'medium-or-large' | 'unknown';

/** The figures of one organisation after adding its partner and linked enterprises. */
export interface AggregatedFigures {
  headcount: number | undefined;
  turnoverEur: number | undefined;
  balanceSheetEur: number | undefined;
}

/** The outcome of the size test, with the reasons and what would decide an unknown. */
export interface SizeAssessment {
  size: EnterpriseSize;
  figures: AggregatedFigures;
  reasons: Localized[];
  /** Profile fields that would decide an `unknown`. */
  missing: string[];
}

type Field = 'headcount' | 'turnoverEur' | 'balanceSheetEur';

function weight(g: GroupEnterprise): number {
  if (g.relation === 'linked') return 1;
  return g.share >= PARTNER_THRESHOLD ? g.share : 0;
}

/**
 * Adds partner enterprises in proportion to the holding and linked enterprises in full
 * (Recommendation 2003/361/EC, Annex Art. 6(2)); a figure is unknown when the organisation's own
 * figure, or a counted enterprise's, is missing.
 */
export function aggregateFigures(profile: OrganisationProfile): AggregatedFigures {
  const group = profile.groupEnterprises ?? [];
  const sum = (field: Field): number | undefined => {
    let total = profile[field];
    if (total === undefined) return undefined;
    for (const g of group) {
      const w = weight(g);
      if (w === 0) continue;
      const v = g[field];
      if (v === undefined) return undefined;
      total += w * v;
    }
    return total;
  };
  return { headcount: sum('headcount'), turnoverEur: sum('turnoverEur'), balanceSheetEur: sum('balanceSheetEur') };
}

/** Three-valued "above both financial ceilings": true, false, or undefined when unknown. */
function aboveBoth(f: AggregatedFigures, ceiling: { turnoverEur: number; balanceSheetEur: number }): boolean | undefined {
  const t = f.turnoverEur === undefined ? undefined : f.turnoverEur > ceiling.turnoverEur;
  const b = f.balanceSheetEur === undefined ? undefined : f.balanceSheetEur > ceiling.balanceSheetEur;
  if (t === false || b === false) return false;
  if (t === true && b === true) return true;
  return undefined;
}

const eur = (n: number) => `€${(n / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} M`;
const eurNl = (n: number) => `€ ${(n / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} mln`;

/** Staff at or above `staff`: known from the headcount, else from the profile's size class band. */
function staffAtLeast(profile: OrganisationProfile, f: AggregatedFigures, staff: number): boolean | undefined {
  if (f.headcount !== undefined) return f.headcount >= staff;
  // Size classes are bands of people: micro < 10, small 10-49, medium 50-249, large 250+. A group
  // can only add staff, so a band can prove "at least", never "below", once a group is counted.
  const floor = { micro: 0, small: 10, medium: 50, large: 250 }[profile.sizeClass];
  const below = { micro: 10, small: 50, medium: 250, large: Number.POSITIVE_INFINITY }[profile.sizeClass];
  if (floor >= staff) return true;
  const counted = (profile.groupEnterprises ?? []).some((g) => weight(g) > 0);
  if (!counted && below <= staff) return false;
  return undefined;
}

/**
 * The EU size class of the organisation with its partner and linked enterprises counted
 * (Recommendation 2003/361/EC, Annex Arts. 2, 3 and 6), as NIS2 Art. 2(1) and 3(1)(a) use it.
 */
export function enterpriseSize(profile: OrganisationProfile): SizeAssessment {
  const figures = aggregateFigures(profile);
  const reasons: Localized[] = [];
  const group = profile.groupEnterprises ?? [];
  if (group.length) {
    const counted = group.filter((g) => weight(g) > 0).length;
    reasons.push({
      nl: `${counted} van ${group.length} partner- of verbonden ondernemingen tellen mee (partner naar aandeel, verbonden volledig).`,
      en: `${counted} of ${group.length} partner or linked enterprises count (a partner by its share, a linked one in full).`,
    });
  }
  const describe = (): Localized => {
    const parts = { nl: [] as string[], en: [] as string[] };
    if (figures.headcount !== undefined) {
      const n = Math.round(figures.headcount * 10) / 10;
      parts.nl.push(`${n.toLocaleString('nl-NL')} medewerkers`);
      parts.en.push(`${n.toLocaleString('en-GB')} staff`);
    } else {
      parts.nl.push(`grootteklasse ${profile.sizeClass}`);
      parts.en.push(`size class ${profile.sizeClass}`);
    }
    if (figures.turnoverEur !== undefined) {
      parts.nl.push(`omzet ${eurNl(figures.turnoverEur)}`);
      parts.en.push(`turnover ${eur(figures.turnoverEur)}`);
    }
    if (figures.balanceSheetEur !== undefined) {
      parts.nl.push(`balanstotaal ${eurNl(figures.balanceSheetEur)}`);
      parts.en.push(`balance sheet ${eur(figures.balanceSheetEur)}`);
    }
    return { nl: parts.nl.join(', '), en: parts.en.join(', ') };
  };
  const d = describe();
  const missingFinance = (): string[] => {
    const m: string[] = [];
    if (figures.turnoverEur === undefined) m.push(profile.turnoverEur === undefined ? 'turnoverEur' : 'groupEnterprises.turnoverEur');
    if (figures.balanceSheetEur === undefined)
      m.push(profile.balanceSheetEur === undefined ? 'balanceSheetEur' : 'groupEnterprises.balanceSheetEur');
    return m;
  };

  const large = staffAtLeast(profile, figures, SIZE_CEILINGS.medium.staff);
  const largeMoney = aboveBoth(figures, SIZE_CEILINGS.medium);
  if (large === true || largeMoney === true) {
    reasons.push({
      nl: `Groot (EU-definitie): ${d.nl}; dat is 250 of meer medewerkers, of omzet boven € 50 mln én balanstotaal boven € 43 mln.`,
      en: `Large (EU definition): ${d.en}; that is 250 or more staff, or turnover above €50 M and balance sheet above €43 M.`,
    });
    return { size: 'large', figures, reasons, missing: [] };
  }
  const medium = staffAtLeast(profile, figures, SIZE_CEILINGS.small.staff);
  const mediumMoney = aboveBoth(figures, SIZE_CEILINGS.small);
  const headcountMissing =
    figures.headcount === undefined ? [profile.headcount === undefined ? 'headcount' : 'groupEnterprises.headcount'] : [];
  if (medium === true || mediumMoney === true) {
    if (large === false && largeMoney === false) {
      reasons.push({
        nl: `Middelgroot (EU-definitie): ${d.nl}; dat is 50 of meer medewerkers, of omzet én balanstotaal boven € 10 mln, maar niet groot.`,
        en: `Medium-sized (EU definition): ${d.en}; that is 50 or more staff, or turnover and balance sheet both above €10 M, but not large.`,
      });
      return { size: 'medium', figures, reasons, missing: [] };
    }
    reasons.push({
      nl: `Minstens middelgroot (${d.nl}); of het groot is, hangt af van gegevens die ontbreken.`,
      en: `At least medium-sized (${d.en}); whether it is large depends on figures that are missing.`,
    });
    const missing = [...(large === undefined ? headcountMissing : []), ...(largeMoney === undefined ? missingFinance() : [])];
    return { size: 'medium-or-large', figures, reasons, missing };
  }
  if (medium === false && mediumMoney === false) {
    reasons.push({
      nl: `Klein (EU-definitie): ${d.nl}; dat is minder dan 50 medewerkers en omzet of balanstotaal niet boven € 10 mln.`,
      en: `Small (EU definition): ${d.en}; that is fewer than 50 staff and turnover or balance sheet not above €10 M.`,
    });
    return { size: 'small', figures, reasons, missing: [] };
  }
  reasons.push({
    nl: `De grootte is niet vast te stellen met deze gegevens (${d.nl}).`,
    en: `The size cannot be decided from these figures (${d.en}).`,
  });
  const missing = [...(medium === undefined ? headcountMissing : []), ...(mediumMoney === undefined ? missingFinance() : [])];
  return { size: 'unknown', figures, reasons, missing };
}
