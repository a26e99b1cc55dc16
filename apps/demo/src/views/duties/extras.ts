import type { OrganisationProfile } from '@lsh-cyber/schema';

/** The profile fields the duties check needs beyond the scan's profile. */
export interface DutyExtras {
  headcount?: number;
  turnoverEur?: number;
  balanceSheetEur?: number;
  healthcareProvider?: boolean;
  deviceMaker?: 'none' | 'mdr' | 'ivdr';
  digitalProducts?: boolean;
  insurer?: string;
}

const KEY = 'lsh-cyber-demo:duties';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12 ? v : undefined);

/** Reads the stored extras defensively: storage can be edited by hand or left by an older version. */
export function readExtras(storage: Storage | null, organisationId: string): DutyExtras | null {
  try {
    const all = JSON.parse(storage?.getItem(KEY) ?? '{}') as unknown;
    const raw =
      typeof all === 'object' && all !== null && Object.hasOwn(all, organisationId)
        ? (all as Record<string, unknown>)[organisationId]
        : null;
    if (typeof raw !== 'object' || raw === null) return null;
    const r = raw as Record<string, unknown>;
    const out: DutyExtras = {};
    for (const k of ['headcount', 'turnoverEur', 'balanceSheetEur'] as const) {
      const v = num(r[k]);
      if (v !== undefined) out[k] = v;
    }
    for (const k of ['healthcareProvider', 'digitalProducts'] as const) if (typeof r[k] === 'boolean') out[k] = r[k];
    if (r.deviceMaker === 'none' || r.deviceMaker === 'mdr' || r.deviceMaker === 'ivdr') out.deviceMaker = r.deviceMaker;
    if (typeof r.insurer === 'string') out.insurer = r.insurer.slice(0, 500);
    return out;
  } catch {
    return null;
  }
}

/** Stores the extras of one organisation beside those of others. */
export function writeExtras(storage: Storage | null, organisationId: string, extras: DutyExtras): void {
  try {
    const all = JSON.parse(storage?.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const next = typeof all === 'object' && all !== null && !Array.isArray(all) ? { ...all } : {};
    next[organisationId] = extras;
    storage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Full or blocked storage: the values stay on screen for this visit.
  }
}

/** The extras of a sample organisation with the same id, as a starting point. */
export function extrasFromSample(profile: Partial<OrganisationProfile> | undefined): DutyExtras {
  if (!profile) return {};
  const out: DutyExtras = {};
  if (profile.headcount !== undefined) out.headcount = profile.headcount;
  if (profile.turnoverEur !== undefined) out.turnoverEur = profile.turnoverEur;
  if (profile.balanceSheetEur !== undefined) out.balanceSheetEur = profile.balanceSheetEur;
  if (profile.healthcareProvider !== undefined) out.healthcareProvider = profile.healthcareProvider;
  if (profile.deviceMaker !== undefined) out.deviceMaker = profile.deviceMaker;
  if (profile.digitalProducts !== undefined) out.digitalProducts = profile.digitalProducts;
  return out;
}
