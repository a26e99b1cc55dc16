import {
  type Answer,
  type Assessment,
  answerFits,
  type Catalog,
  CERTIFICATIONS,
  type Certification,
  DATA_KINDS,
  type DataKind,
  NIS2_ENTITY_TYPES,
  SIZE_CLASSES,
  type SizeClass,
  SUBSECTORS,
  type Subsector,
  safeParseAssessment,
  type ValidationIssue,
} from '@lsh-cyber/schema';

/** The organisation profile while the user is still filling it in: every field may be missing. */
export interface DraftProfile {
  name: string;
  subsector?: Subsector;
  sizeClass?: SizeClass;
  region?: string;
  data: DataKind[];
  certifications: Certification[];
  downtimeCostPerDay?: number;
  nis2?: (typeof NIS2_ENTITY_TYPES)[number];
  gdprController?: boolean;
}

/**
 * An assessment in progress. It becomes a valid {@link Assessment} once the profile is complete;
 * until then it is what the browser stores, so nothing typed is lost.
 */
export interface Draft {
  id: string;
  organisation: DraftProfile;
  answers: Record<string, Answer>;
  selfRating?: number;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}

/** A new, empty draft. `now` and `id` are arguments so tests and callers stay deterministic. */
export function emptyDraft(now: string, id: string): Draft {
  return { id, organisation: { name: '', data: [], certifications: [] }, answers: {}, createdAt: now, updatedAt: now };
}

/**
 * Whether a draft holds nothing the user entered: no answer, no own estimate and an untouched
 * profile. Only then may it be replaced without asking.
 */
export function isDraftEmpty(draft: Draft): boolean {
  const o = draft.organisation;
  return (
    Object.keys(draft.answers).length === 0 &&
    draft.selfRating === undefined &&
    o.name.trim() === '' &&
    o.subsector === undefined &&
    o.sizeClass === undefined &&
    o.region === undefined &&
    o.data.length === 0 &&
    o.certifications.length === 0 &&
    o.downtimeCostPerDay === undefined &&
    o.nis2 === undefined &&
    o.gdprController === undefined
  );
}

/** A stable organisation id made from its name, following the schema's id pattern. */
export function organisationId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'organisation';
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a draft back from storage, keeping only fields of the right type: storage can be edited
 * by hand or left by an older version, and a bad field must not break the app.
 */
export function normaliseDraft(input: unknown): Draft | null {
  if (!isRecord(input) || typeof input.id !== 'string' || typeof input.createdAt !== 'string') return null;
  const org = isRecord(input.organisation) ? input.organisation : {};
  const list = <T extends string>(all: readonly T[], value: unknown): T[] =>
    Array.isArray(value) ? [...new Set(value.map((v) => oneOf(all, v)).filter((v): v is T => v !== undefined))] : [];
  const profile: DraftProfile = {
    name: typeof org.name === 'string' ? org.name : '',
    data: list(DATA_KINDS, org.data),
    certifications: list(CERTIFICATIONS, org.certifications),
  };
  const subsector = oneOf(SUBSECTORS, org.subsector);
  if (subsector) profile.subsector = subsector;
  const sizeClass = oneOf(SIZE_CLASSES, org.sizeClass);
  if (sizeClass) profile.sizeClass = sizeClass;
  if (typeof org.region === 'string' && org.region) profile.region = org.region;
  if (typeof org.downtimeCostPerDay === 'number' && Number.isFinite(org.downtimeCostPerDay) && org.downtimeCostPerDay >= 0) {
    profile.downtimeCostPerDay = org.downtimeCostPerDay;
  }
  const nis2 = oneOf(NIS2_ENTITY_TYPES, org.nis2);
  if (nis2) profile.nis2 = nis2;
  if (typeof org.gdprController === 'boolean') profile.gdprController = org.gdprController;
  const answers: Record<string, Answer> = {};
  if (isRecord(input.answers)) {
    for (const [key, value] of Object.entries(input.answers)) {
      if (isRecord(value) && typeof value.value === 'string') {
        answers[key] = typeof value.note === 'string' ? { value: value.value, note: value.note } : { value: value.value };
      }
    }
  }
  const draft: Draft = {
    id: input.id,
    organisation: profile,
    answers,
    createdAt: input.createdAt,
    updatedAt: typeof input.updatedAt === 'string' ? input.updatedAt : input.createdAt,
  };
  if (typeof input.selfRating === 'number' && Number.isInteger(input.selfRating) && input.selfRating >= 1 && input.selfRating <= 5) {
    draft.selfRating = input.selfRating;
  }
  if (typeof input.completedAt === 'string') draft.completedAt = input.completedAt;
  return draft;
}

/**
 * The stored answers this catalog can take: a stored draft may hold answers to questions a newer
 * catalog dropped or changed. They stay in storage, but are left out of the assessment rather than
 * blocking the result.
 */
export function answersFor(answers: Readonly<Record<string, Answer>>, catalog: Catalog): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const q of catalog.questions) {
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (!a) continue;
    if (answerFits(q, a)) out[q.id] = a;
  }
  return out;
}

/** The draft as an assessment document (not yet validated). */
export function draftToDocument(draft: Draft, catalog: Catalog): Record<string, unknown> {
  const { organisation: o } = draft;
  const organisation: Record<string, unknown> = {
    id: organisationId(o.name),
    name: o.name,
    subsector: o.subsector,
    sizeClass: o.sizeClass,
    data: o.data,
    certifications: o.certifications,
  };
  if (o.region) organisation.region = o.region;
  if (o.downtimeCostPerDay !== undefined) organisation.downtimeCostPerDay = o.downtimeCostPerDay;
  if (o.nis2) organisation.nis2 = o.nis2;
  if (o.gdprController !== undefined) organisation.gdprController = o.gdprController;
  const doc: Record<string, unknown> = {
    schemaVersion: 1,
    id: draft.id,
    organisation,
    catalog: { id: catalog.id, version: catalog.version },
    answers: answersFor(draft.answers, catalog),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
  if (draft.selfRating !== undefined) doc.selfRating = draft.selfRating;
  if (draft.completedAt) doc.completedAt = draft.completedAt;
  return doc;
}

/** The draft as a valid assessment, or the problems that stand in the way. */
export function draftToAssessment(
  draft: Draft,
  catalog: Catalog,
): { ok: true; assessment: Assessment } | { ok: false; issues: readonly ValidationIssue[] } {
  const result = safeParseAssessment(draftToDocument(draft, catalog), { catalog });
  return result.success ? { ok: true, assessment: result.data } : { ok: false, issues: result.error.issues };
}

/** A draft made from a valid assessment, e.g. one loaded from a file. */
export function assessmentToDraft(a: Assessment): Draft {
  const o = a.organisation;
  const profile: DraftProfile = {
    name: o.name,
    subsector: o.subsector,
    sizeClass: o.sizeClass,
    data: [...o.data],
    certifications: [...o.certifications],
  };
  if (o.region !== undefined) profile.region = o.region;
  if (o.downtimeCostPerDay !== undefined) profile.downtimeCostPerDay = o.downtimeCostPerDay;
  if (o.nis2 !== undefined) profile.nis2 = o.nis2;
  if (o.gdprController !== undefined) profile.gdprController = o.gdprController;
  const draft: Draft = {
    id: a.id,
    organisation: profile,
    answers: structuredClone(a.answers),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
  if (a.selfRating !== undefined) draft.selfRating = a.selfRating;
  if (a.completedAt !== undefined) draft.completedAt = a.completedAt;
  return draft;
}
