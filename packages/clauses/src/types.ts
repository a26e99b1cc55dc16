import type { BUYER_DUTIES, ClauseLibrary, DataKind, DependencyKind, LocalizedText, Organisation, Tier } from '@lsh-cyber/schema';

/** A parameter value: a number (integer, number, duration), a text or enum value, or true/false. */
export type ParamValue = string | number | boolean;

/** Parameter values of one clause, by parameter name. */
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** Parameter values by clause id, then parameter name: `{ 'incident-notification': { noticeHours: 12 } }`. */
export type ClauseValues = Readonly<Record<string, ParamValues>>;

/** Text in Dutch and English. */
export interface Localized {
  nl: string;
  en: string;
}

/** The supplier: an organisation profile of which `id` and `name` suffice. */
export type SupplierInput = Pick<Organisation, 'id' | 'name'> & Partial<Omit<Organisation, 'id' | 'name'>>;

/**
 * The buyer: an organisation profile. `nis2`, `gdprController` and `subsector` decide its legal
 * duties; `gdprController` left out means "infer it from the data shared", `false` overrides that.
 */
export type BuyerInput = Pick<Organisation, 'id' | 'name'> & Partial<Omit<Organisation, 'id' | 'name'>>;

/**
 * What the buyer depends on the supplier for, as a dependency in a chain. `kind` may list several
 * kinds when one supplier plays several roles with the same criticality and data.
 */
export interface DependencyInput {
  /** What the supplier provides; absent means `other`. */
  kind?: DependencyKind | readonly DependencyKind[];
  /** How much the buyer suffers when the supplier fails, 0 to 1; absent means 1, as in a chain. */
  criticality?: number;
  /** Kinds of data the buyer shares with the supplier. */
  data?: readonly DataKind[];
}

/**
 * What selection reads from the supplier's score report: domain scores and critical gaps. A full
 * `ScoreReport` from `@lsh-cyber/scoring` fits.
 */
export interface ReportInput {
  domains: readonly { id: string; title: LocalizedText; score: number | null }[];
  criticalGaps: readonly { questionId: string; domain: string; text: LocalizedText }[];
}

/** Input of {@link selectClauses}. */
export interface SelectInput {
  /** The supplier the contract is with. */
  supplier: SupplierInput;
  /** The supplier's score report, if it was assessed. */
  report?: ReportInput;
  /** The dependency, or several when the supplier plays several roles (each with its own criticality and data). */
  dependency: DependencyInput | readonly DependencyInput[];
  /** The buyer, whose legal duties shape the pack. */
  buyer: BuyerInput;
  /** The library to select from; the built-in {@link clauseLibrary} when absent (pass a merged one for a region). */
  library?: ClauseLibrary;
}

/** A legal duty of the buyer that shapes the pack: NIS2 reporting, GDPR controllership, Dutch care-provider rules. */
export type BuyerDuty = (typeof BUYER_DUTIES)[number];

/** One role the supplier plays for the buyer: one dependency kind with its criticality and data. */
export interface PackRole {
  /** Label of the role in reasons: the kind, with `#2`, `#3` when a kind repeats. */
  id: string;
  /** The dependency kind. */
  kind: DependencyKind;
  /** Criticality 0 to 1. */
  criticality: number;
  /** Data kinds shared in this role. */
  data: DataKind[];
  /** The tier this role calls for. */
  tier: Tier;
  /** Why the tier is what it is. */
  tierReason: Localized;
}

interface ReasonBase {
  /** The role the reason came from, when the supplier plays several roles. */
  role?: string;
  /** The reason in plain words. */
  text: Localized;
}

/** Why a clause is in a pack, or how its parameters were set. Structured for tools, with readable text. */
export type ClauseReason = ReasonBase &
  (
    | { kind: 'always' }
    | { kind: 'supplier-kind'; supplierKind: DependencyKind }
    | { kind: 'data'; data: DataKind[] }
    | { kind: 'criticality'; criticality: number; minCriticality: number }
    | { kind: 'weak-domain'; domain: string; score: number; threshold: number }
    | { kind: 'critical-gap'; questionId: string; domain: string }
    | { kind: 'buyer-duty'; duty: BuyerDuty }
    | { kind: 'merged'; roles: string[]; params: { param: string; value: ParamValue; from: string }[] }
    | { kind: 'adjusted'; rule: string; param: string; from: ParamValue; to: ParamValue }
    | { kind: 'aligned'; param: string; from: ParamValue; to: ParamValue; with: string[] }
  );

/** One clause of a pack: which clause, why, and its resolved parameter values. */
export interface PackClause {
  /** Clause id in the library. */
  id: string;
  /** Version of the clause text the pack was made with. */
  version: string;
  /** Topic, which sets the contract order. */
  topic: string;
  /** Why the clause was chosen and how its parameters were set. */
  reasons: ClauseReason[];
  /** Resolved parameter values, every declared parameter present. */
  params: Record<string, ParamValue>;
}

/**
 * A deviation from a proposed clause that the parties agreed, as recorded in the pack's register:
 * what was agreed instead, why, when and, for a must-have clause, who approved it.
 */
export interface Deviation {
  /** Id of the clause deviated from. */
  clause: string;
  /** What the parties agreed instead, in the language of the contract. */
  agreed: string;
  /** Why the buyer accepted it. */
  reason: string;
  /** Date agreed, as YYYY-MM-DD. */
  agreedOn: string;
  /** Who approved it for the buyer; required for a must-have clause. */
  approvedBy?: string;
  /** Parameter values that change with the deviation; checked like any value. */
  params?: Record<string, ParamValue>;
}

/** The clauses proposed for one supplier contract, in contract order. Plain JSON: it can be saved and rendered later. */
export interface ClausePack {
  /** The library the clauses come from. */
  library: { id: string; version: string };
  /** The supplier. */
  supplier: { id: string; name: string };
  /** The buyer and the duties that shaped the pack. */
  buyer: { id: string; name: string; duties: BuyerDuty[]; deadlineHours: number | null };
  /** The strictest tier over the roles. */
  tier: Tier;
  /** The roles the supplier plays. */
  roles: PackRole[];
  /** The chosen clauses in contract order. */
  clauses: PackClause[];
  /** The register of agreed deviations (see `recordDeviation`); absent in packs made before library 2.0. */
  deviations?: Deviation[];
}
