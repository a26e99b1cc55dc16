import { z } from 'zod';
import { DEPENDENCY_KINDS } from './chain.js';
import {
  CatalogKeySchema,
  DateSchema,
  DollarSchemaSchema,
  LIMITS,
  LocalizedTextSchema,
  NameSchema,
  SchemaVersionSchema,
  SemverSchema,
} from './common.js';
import { DataKindSchema } from './profile.js';

/** Contract tiers, from the minimum every supplier should meet to the strictest for vital suppliers. */
export const TIERS = ['baseline', 'enhanced', 'strict'] as const;
export const TierSchema = z
  .enum(TIERS, { message: `must be one of: ${TIERS.join(', ')}` })
  .meta({ description: 'Contract tier: baseline, enhanced or strict.' });
export type Tier = z.infer<typeof TierSchema>;

export const PARAM_TYPES = ['integer', 'number', 'text', 'enum', 'boolean', 'duration'] as const;

const ParamValueSchema = z
  .union([z.string().max(LIMITS.shortText), z.number(), z.boolean()])
  .meta({ description: 'A parameter value: text, number or true/false.' });

export const ClauseParamSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z][A-Za-z0-9]{0,59}$/, { message: 'must be a camelCase name such as noticeHours' })
      .meta({ description: 'Name used in the body template as {{name}}.' }),
    type: z.enum(PARAM_TYPES, { message: `must be one of: ${PARAM_TYPES.join(', ')}` }).meta({
      description: 'integer, number, text, enum, boolean, or duration (with a unit).',
    }),
    unit: z.enum(['hours', 'days']).optional().meta({ description: 'Unit of a duration: hours or days.' }),
    label: LocalizedTextSchema.meta({ description: 'What the parameter means, for the person filling in the contract.' }),
    default: ParamValueSchema.meta({ description: 'Default value when no tier default applies.' }),
    defaults: z
      .strictObject({
        baseline: ParamValueSchema.optional(),
        enhanced: ParamValueSchema.optional(),
        strict: ParamValueSchema.optional(),
      })
      .optional()
      .meta({ description: 'Default per tier; a missing tier falls back to `default`.' }),
    min: z.number().optional().meta({ description: 'Smallest allowed value (integer, number, duration).' }),
    max: z.number().optional().meta({ description: 'Largest allowed value (integer, number, duration).' }),
    options: z.array(NameSchema).min(1).max(50).optional().meta({ description: 'Allowed values of an enum.' }),
    optionLabels: z.record(z.string(), LocalizedTextSchema).optional().meta({
      description: 'How each enum value reads in the contract, per language.',
    }),
    fillIn: z.boolean().optional().meta({
      description:
        'A part the parties complete themselves (say, the subject matter of the processing): its default may be empty, and an empty value renders as a line to fill in, labelled.',
    }),
    stricter: z
      .enum(['lower', 'higher'])
      .optional()
      .meta({
        description:
          'Which way is stricter for the buyer: lower (e.g. a shorter deadline) or higher (e.g. true, a longer retention, a later enum option). ' +
          'Used when obligations are merged; when absent it follows from the tier defaults (durations: lower; booleans: higher).',
      }),
  })
  .meta({ id: 'ClauseParam', title: 'ClauseParam', description: 'A typed parameter of a clause template.' });
export type ClauseParam = z.infer<typeof ClauseParamSchema>;

export const BASIS_SOURCES = [
  'nis2',
  'gdpr',
  'iso27001',
  'nen7510',
  'cra',
  'mdr',
  'iec81001-5-1',
  'mds2',
  'ivdr',
  'nen7512',
  'nen7513',
  'iec80001-1',
  'mdcg-2019-16',
  'begz',
  'logging-retention',
  'bw',
  'scc-2021-914',
  'scc-2021-915',
  'rome-i',
  'brussels-ia',
  'bio2',
] as const;
/** A source a clause may cite; the points it may cite are in {@link CLAUSE_SOURCES}. */
export type BasisSource = (typeof BASIS_SOURCES)[number];

export const ClauseBasisSchema = z
  .strictObject({
    source: z.enum(BASIS_SOURCES, { message: `must be one of: ${BASIS_SOURCES.join(', ')}` }).meta({
      description:
        'The law, standard or form: one of the sources listed in CLAUSE_SOURCES (nis2, gdpr, iso27001 Annex A, nen7510, nen7512, nen7513, cra, mdr, ivdr, mdcg-2019-16, iec81001-5-1, iec80001-1, mds2, begz, logging-retention, bw, scc-2021-914, scc-2021-915, rome-i, brussels-ia, bio2).',
    }),
    ref: NameSchema.meta({ description: 'Article, point or control, e.g. 21(2)(d), 28(3)(a), 5.20.' }),
    appliesFrom: DateSchema.optional().meta({ description: 'Date from which this basis applies, where that matters.' }),
  })
  .meta({ id: 'ClauseBasis', title: 'ClauseBasis', description: 'A law, standard or form a clause rests on.' });

export const EVIDENCE_KINDS = ['certificate', 'audit-report', 'mds2', 'sbom', 'pentest-summary', 'policy', 'report', 'other'] as const;

export const ClauseEvidenceSchema = z
  .strictObject({
    kind: z.enum(EVIDENCE_KINDS).meta({ description: 'What kind of evidence.' }),
    description: LocalizedTextSchema.meta({ description: 'What to ask for, e.g. a certificate and its scope.' }),
    frequency: z.enum(['once', 'yearly', 'per-release', 'on-change', 'on-request']).meta({
      description: 'How often the supplier provides it.',
    }),
  })
  .meta({ id: 'ClauseEvidence', title: 'ClauseEvidence', description: 'Evidence that shows the supplier complies.' });

/** Legal duties of a buyer that shape a pack: NIS2 reporting, GDPR controllership, and the Dutch care-provider rules on logging. */
export const BUYER_DUTIES = ['nis2', 'gdpr-controller', 'care-provider'] as const;
const BuyerDutySchema = z.enum(BUYER_DUTIES, { message: `must be one of: ${BUYER_DUTIES.join(', ')}` });

export const ClauseRequiresSchema = z
  .strictObject({
    data: z.array(DataKindSchema).optional().meta({ description: 'At least one of these data kinds reaches the supplier.' }),
    buyerDuties: z.array(BuyerDutySchema).optional().meta({ description: 'The buyer has every one of these legal duties.' }),
  })
  .meta({
    id: 'ClauseRequires',
    title: 'ClauseRequires',
    description: 'Conditions that must all hold before any trigger counts (say, patient data shared with a care provider).',
  });

export const ClauseNegotiationSchema = z
  .strictObject({
    position: z.enum(['must-have', 'negotiable']).meta({
      description: 'must-have: do not sign without it; negotiable: the fallback is acceptable.',
    }),
    fallback: LocalizedTextSchema.optional().meta({
      description: 'The least the buyer should accept when the supplier refuses the clause as written.',
    }),
  })
  .meta({ id: 'ClauseNegotiation', title: 'ClauseNegotiation', description: 'How hard to hold on to a clause in negotiation.' });

export const ClauseTriggersSchema = z
  .strictObject({
    always: z.boolean().optional().meta({ description: 'Proposed for every supplier the clause applies to.' }),
    data: z.array(DataKindSchema).optional().meta({ description: 'Proposed when any of these data kinds is shared.' }),
    minCriticality: z.number().min(0).max(1).optional().meta({ description: 'Proposed when the dependency is at least this critical.' }),
    domains: z
      .array(CatalogKeySchema)
      .optional()
      .meta({ description: 'Proposed when the supplier scored weak on any of these assessment domains.' }),
    criticalGaps: z.array(CatalogKeySchema).optional().meta({ description: 'Proposed when the supplier has any of these critical gaps.' }),
    buyerDuties: z.array(BuyerDutySchema).optional().meta({ description: 'Proposed when the buyer has any of these legal duties.' }),
    kinds: z
      .array(z.enum(DEPENDENCY_KINDS))
      .optional()
      .meta({ description: 'Proposed when the supplier plays one of these roles (say, every IT supplier but not a cleaning firm).' }),
  })
  .meta({
    id: 'ClauseTriggers',
    title: 'ClauseTriggers',
    description: 'What makes selection propose the clause; any one trigger suffices.',
  });

export const ClauseSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Stable identifier; regions override a clause by giving the same id.' }),
    version: SemverSchema.meta({ description: 'Version of the clause text.' }),
    topic: CatalogKeySchema.meta({ description: 'Topic, e.g. incident-notification; clauses on one topic are merged in a pack.' }),
    title: LocalizedTextSchema.meta({ description: 'Title of the clause.' }),
    body: LocalizedTextSchema.meta({ description: 'Contract text with {{param}} placeholders.' }),
    plain: LocalizedTextSchema.meta({ description: 'What this asks of the supplier, and why it matters to you, in plain language.' }),
    params: z.array(ClauseParamSchema).max(20).meta({ description: 'The parameters the body uses.' }),
    basis: z.array(ClauseBasisSchema).min(1, { message: 'must name at least one basis' }).max(20).meta({
      description: 'The laws, standards and forms the clause rests on.',
    }),
    appliesTo: z
      .array(z.enum([...DEPENDENCY_KINDS, 'any']))
      .min(1)
      .meta({ description: 'Supplier kinds the clause applies to; any for all.' }),
    tier: TierSchema.meta({ description: 'The lowest tier that includes the clause.' }),
    triggers: ClauseTriggersSchema,
    requires: ClauseRequiresSchema.optional(),
    part: z.enum(['clause', 'annex']).optional().meta({
      description: 'clause (the default): an article of the contract; annex: a schedule after the articles, such as the processing annex.',
    }),
    negotiation: ClauseNegotiationSchema.optional(),
    checklist: LocalizedTextSchema.optional().meta({
      description:
        "What the supplier's own standard terms must say to cover this clause, with {{param}} placeholders; for a buyer that cannot impose its own contract.",
    }),
    evidence: z.array(ClauseEvidenceSchema).max(10).meta({ description: 'Evidence of compliance and how often.' }),
  })
  .meta({ id: 'Clause', title: 'Clause', description: 'A supplier-security contract clause in Dutch and English.' });
export type Clause = z.infer<typeof ClauseSchema>;

export const ClauseLibrarySchema = z
  .strictObject({
    $schema: DollarSchemaSchema,
    schemaVersion: SchemaVersionSchema,
    id: CatalogKeySchema.meta({ description: 'Stable identifier of the library.' }),
    version: SemverSchema.meta({ description: 'Version of the library.' }),
    title: LocalizedTextSchema.optional().meta({ description: 'Name of the library.' }),
    clauses: z.array(ClauseSchema).max(LIMITS.list).meta({ description: 'The clauses, in contract order.' }),
    remove: z.array(CatalogKeySchema).max(LIMITS.list).optional().meta({
      description:
        "For a library merged over a base library (a region's own file): ids of base clauses it withdraws. Clauses with the same id as a base clause replace it.",
    }),
  })
  .meta({
    title: 'ClauseLibrary',
    description: 'A library of bilingual supplier-security contract clauses with typed parameters and their basis.',
  });
export type ClauseLibrary = z.infer<typeof ClauseLibrarySchema>;

/** Every `{{…}}` in a template; the name is checked separately so that a typo such as `{{ notice }}` is reported, not ignored. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The placeholder names a template uses, in order of appearance (raw text between the braces). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Why a value does not fit a parameter's type, options and bounds, or `null` when it fits.
 * Shared by the library check (defaults) and by engines that accept user values.
 */
export function paramValueProblem(param: ClauseParam, value: unknown): string | null {
  switch (param.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, not ${describe(value)}`;
    case 'text':
      if (typeof value !== 'string') return `must be a text, not ${describe(value)}`;
      if (value.length > LIMITS.shortText) return `must be at most ${LIMITS.shortText} characters, not ${value.length}`;
      return value.trim() === '' && !param.fillIn ? 'must not be empty' : null;
    case 'enum': {
      const options = param.options ?? [];
      if (typeof value !== 'string' || !options.includes(value)) return `must be one of: ${options.join(', ')}; not ${describe(value)}`;
      return null;
    }
    case 'integer':
    case 'number':
    case 'duration': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, not ${describe(value)}`;
      if (param.type === 'integer' && !Number.isInteger(value)) return `must be a whole number, not ${value}`;
      if (param.type === 'duration' && value < 0) return `must not be negative, not ${value}`;
      const unit = param.type === 'duration' && param.unit ? ` ${param.unit}` : '';
      if (param.min !== undefined && value < param.min) return `must be at least ${param.min}${unit}, not ${value}`;
      if (param.max !== undefined && value > param.max) return `must be at most ${param.max}${unit}, not ${value}`;
      return null;
    }
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}
