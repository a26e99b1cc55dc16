/* Generated from schemas/clause-library.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * A library of bilingual supplier-security contract clauses with typed parameters and their basis.
 */
export interface ClauseLibrary {
  /**
   * Optional URL or path of the JSON Schema this document follows, for editors.
   */
  $schema?: string;
  /**
   * Version of the document format. This release reads and writes version 1.
   */
  schemaVersion: 1;
  /**
   * Stable identifier of the library.
   */
  id: string;
  /**
   * Version of the library.
   */
  version: string;
  title?: LocalizedText;
  /**
   * The clauses, in contract order.
   *
   * @maxItems 10000
   */
  clauses: Clause[];
  /**
   * For a library merged over a base library (a region's own file): ids of base clauses it withdraws. Clauses with the same id as a base clause replace it.
   *
   * @maxItems 10000
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  remove?: string[];
}
/**
 * Name of the library.
 */
export interface LocalizedText {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * A supplier-security contract clause in Dutch and English.
 */
export interface Clause {
  /**
   * Stable identifier; regions override a clause by giving the same id.
   */
  id: string;
  /**
   * Version of the clause text.
   */
  version: string;
  /**
   * Topic, e.g. incident-notification; clauses on one topic are merged in a pack.
   */
  topic: string;
  title: LocalizedText1;
  body: LocalizedText2;
  plain: LocalizedText3;
  /**
   * The parameters the body uses.
   *
   * @maxItems 20
   */
  params: ClauseParam[];
  /**
   * The laws, standards and forms the clause rests on.
   *
   * @minItems 1
   * @maxItems 20
   */
  basis: ClauseBasis[];
  /**
   * Supplier kinds the clause applies to; any for all.
   *
   * @minItems 1
   */
  appliesTo: (
    | 'saas'
    | 'software'
    | 'managed-it'
    | 'cloud'
    | 'medical-device'
    | 'lab-service'
    | 'data-processor'
    | 'logistics'
    | 'other'
    | 'any'
  )[];
  /**
   * The lowest tier that includes the clause.
   */
  tier: 'baseline' | 'enhanced' | 'strict';
  triggers: ClauseTriggers;
  requires?: ClauseRequires;
  /**
   * clause (the default): an article of the contract; annex: a schedule after the articles, such as the processing annex.
   */
  part?: 'clause' | 'annex';
  negotiation?: ClauseNegotiation;
  checklist?: LocalizedText7;
  /**
   * Evidence of compliance and how often.
   *
   * @maxItems 10
   */
  evidence: ClauseEvidence[];
}
/**
 * Title of the clause.
 */
export interface LocalizedText1 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * Contract text with {{param}} placeholders.
 */
export interface LocalizedText2 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * What this asks of the supplier, and why it matters to you, in plain language.
 */
export interface LocalizedText3 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * A typed parameter of a clause template.
 */
export interface ClauseParam {
  /**
   * Name used in the body template as {{name}}.
   */
  name: string;
  /**
   * integer, number, text, enum, boolean, or duration (with a unit).
   */
  type: 'integer' | 'number' | 'text' | 'enum' | 'boolean' | 'duration';
  /**
   * Unit of a duration: hours or days.
   */
  unit?: 'hours' | 'days';
  label: LocalizedText4;
  /**
   * Default value when no tier default applies.
   */
  default: string | number | boolean;
  /**
   * Default per tier; a missing tier falls back to `default`.
   */
  defaults?: {
    /**
     * A parameter value: text, number or true/false.
     */
    baseline?: string | number | boolean;
    /**
     * A parameter value: text, number or true/false.
     */
    enhanced?: string | number | boolean;
    /**
     * A parameter value: text, number or true/false.
     */
    strict?: string | number | boolean;
  };
  /**
   * Smallest allowed value (integer, number, duration).
   */
  min?: number;
  /**
   * Largest allowed value (integer, number, duration).
   */
  max?: number;
  /**
   * Allowed values of an enum.
   *
   * @minItems 1
   * @maxItems 50
   */
  options?: string[];
  /**
   * How each enum value reads in the contract, per language.
   */
  optionLabels?: {
    [k: string]: LocalizedText5;
  };
  /**
   * A part the parties complete themselves (say, the subject matter of the processing): its default may be empty, and an empty value renders as a line to fill in, labelled.
   */
  fillIn?: boolean;
  /**
   * Which way is stricter for the buyer: lower (e.g. a shorter deadline) or higher (e.g. true, a longer retention, a later enum option). Used when obligations are merged; when absent it follows from the tier defaults (durations: lower; booleans: higher).
   */
  stricter?: 'lower' | 'higher';
}
/**
 * What the parameter means, for the person filling in the contract.
 */
export interface LocalizedText4 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText5 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * A law, standard or form a clause rests on.
 */
export interface ClauseBasis {
  /**
   * The law, standard or form: one of the sources listed in CLAUSE_SOURCES (nis2, gdpr, iso27001 Annex A, nen7510, nen7512, nen7513, cra, mdr, ivdr, mdcg-2019-16, iec81001-5-1, iec80001-1, mds2, begz, logging-retention, bw, scc-2021-914, scc-2021-915, rome-i, brussels-ia, bio2).
   */
  source:
    | 'nis2'
    | 'gdpr'
    | 'iso27001'
    | 'nen7510'
    | 'cra'
    | 'mdr'
    | 'iec81001-5-1'
    | 'mds2'
    | 'ivdr'
    | 'nen7512'
    | 'nen7513'
    | 'iec80001-1'
    | 'mdcg-2019-16'
    | 'begz'
    | 'logging-retention'
    | 'bw'
    | 'scc-2021-914'
    | 'scc-2021-915'
    | 'rome-i'
    | 'brussels-ia'
    | 'bio2';
  /**
   * Article, point or control, e.g. 21(2)(d), 28(3)(a), 5.20.
   */
  ref: string;
  /**
   * Date from which this basis applies, where that matters.
   */
  appliesFrom?: string;
}
/**
 * What makes selection propose the clause; any one trigger suffices.
 */
export interface ClauseTriggers {
  /**
   * Proposed for every supplier the clause applies to.
   */
  always?: boolean;
  /**
   * Proposed when any of these data kinds is shared.
   *
   * Items: Kind of data: patient (health) data, other personal data, research data, or intellectual property (ip).
   */
  data?: ('patient' | 'personal' | 'research' | 'ip')[];
  /**
   * Proposed when the dependency is at least this critical.
   */
  minCriticality?: number;
  /**
   * Proposed when the supplier scored weak on any of these assessment domains.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  domains?: string[];
  /**
   * Proposed when the supplier has any of these critical gaps.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  criticalGaps?: string[];
  /**
   * Proposed when the buyer has any of these legal duties.
   */
  buyerDuties?: ('nis2' | 'gdpr-controller' | 'care-provider')[];
  /**
   * Proposed when the supplier plays one of these roles (say, every IT supplier but not a cleaning firm).
   */
  kinds?: (
    | 'saas'
    | 'software'
    | 'managed-it'
    | 'cloud'
    | 'medical-device'
    | 'lab-service'
    | 'data-processor'
    | 'logistics'
    | 'other'
  )[];
}
/**
 * Conditions that must all hold before any trigger counts (say, patient data shared with a care provider).
 */
export interface ClauseRequires {
  /**
   * At least one of these data kinds reaches the supplier.
   *
   * Items: Kind of data: patient (health) data, other personal data, research data, or intellectual property (ip).
   */
  data?: ('patient' | 'personal' | 'research' | 'ip')[];
  /**
   * The buyer has every one of these legal duties.
   */
  buyerDuties?: ('nis2' | 'gdpr-controller' | 'care-provider')[];
}
/**
 * How hard to hold on to a clause in negotiation.
 */
export interface ClauseNegotiation {
  /**
   * must-have: do not sign without it; negotiable: the fallback is acceptable.
   */
  position: 'must-have' | 'negotiable';
  fallback?: LocalizedText6;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText6 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText7 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * Evidence that shows the supplier complies.
 */
export interface ClauseEvidence {
  /**
   * What kind of evidence.
   */
  kind: 'certificate' | 'audit-report' | 'mds2' | 'sbom' | 'pentest-summary' | 'policy' | 'report' | 'other';
  description: LocalizedText8;
  /**
   * How often the supplier provides it.
   */
  frequency: 'once' | 'yearly' | 'per-release' | 'on-change' | 'on-request';
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText8 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
