/* Generated from schemas/clause-pack-output.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * Why a clause is in a pack, or how its parameters were set: structured for tools, with readable text.
 */
export type ClauseReason =
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText1;
      /**
       * always: the clause belongs in every contract of this kind.
       */
      kind: 'always';
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText2;
      /**
       * supplier-kind: chosen for what the supplier provides.
       */
      kind: 'supplier-kind';
      /**
       * What the supplier provides: saas, software, managed-it, cloud, medical-device, lab-service, data-processor, logistics, other.
       */
      supplierKind:
        | 'saas'
        | 'software'
        | 'managed-it'
        | 'cloud'
        | 'medical-device'
        | 'lab-service'
        | 'data-processor'
        | 'logistics'
        | 'other';
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText3;
      /**
       * data: chosen for the data shared.
       */
      kind: 'data';
      /**
       * The data kinds that call for the clause.
       *
       * Items: Kind of data: patient (health) data, other personal data, research data, or intellectual property (ip).
       */
      data: ('patient' | 'personal' | 'research' | 'ip')[];
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText4;
      /**
       * criticality: chosen because the buyer depends on the supplier this much.
       */
      kind: 'criticality';
      /**
       * The criticality of the dependency.
       */
      criticality: number;
      /**
       * The criticality from which the clause is chosen.
       */
      minCriticality: number;
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText5;
      /**
       * weak-domain: chosen for a weak domain in the supplier's score report.
       */
      kind: 'weak-domain';
      /**
       * Domain id.
       */
      domain: string;
      /**
       * The supplier's domain score.
       */
      score: number;
      /**
       * The score below which the clause is chosen.
       */
      threshold: number;
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText6;
      /**
       * critical-gap: chosen for a critical gap in the supplier's score report.
       */
      kind: 'critical-gap';
      /**
       * Id of the critical question not in place.
       */
      questionId: string;
      /**
       * Domain id.
       */
      domain: string;
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText7;
      /**
       * buyer-duty: chosen for one of the buyer's legal duties.
       */
      kind: 'buyer-duty';
      /**
       * A legal duty of the buyer: nis2, gdpr-controller or care-provider.
       */
      duty: 'nis2' | 'gdpr-controller' | 'care-provider';
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText8;
      /**
       * merged: the roles that call for the clause, and which role set each parameter.
       */
      kind: 'merged';
      /**
       * The roles that call for the clause.
       */
      roles: string[];
      /**
       * Per parameter, the value kept and the role it came from.
       */
      params: {
        /**
         * Name of the parameter.
         */
        param: string;
        value: ParamValue;
        /**
         * The role it came from.
         */
        from: string;
      }[];
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText9;
      /**
       * adjusted: a rule changed a parameter.
       */
      kind: 'adjusted';
      /**
       * Id of the rule.
       */
      rule: string;
      /**
       * Name of the parameter.
       */
      param: string;
      from: ParamValue1;
      to: ParamValue2;
    }
  | {
      /**
       * The role the reason came from, when the supplier plays several roles.
       */
      role?: string;
      text: OutputText10;
      /**
       * aligned: a parameter was aligned with other clauses.
       */
      kind: 'aligned';
      /**
       * Name of the parameter.
       */
      param: string;
      from: ParamValue3;
      to: ParamValue4;
      /**
       * The clauses it was aligned with.
       */
      with: string[];
    };
/**
 * The value kept.
 */
export type ParamValue = string | number | boolean;
/**
 * The value before.
 */
export type ParamValue1 = string | number | boolean;
/**
 * The value after.
 */
export type ParamValue2 = string | number | boolean;
/**
 * The value before.
 */
export type ParamValue3 = string | number | boolean;
/**
 * The value after.
 */
export type ParamValue4 = string | number | boolean;
/**
 * A parameter value: text, number or true/false.
 */
export type ParamValue5 = string | number | boolean;

/**
 * What `lsh-cyber clauses --json` prints: the supplier-security clauses proposed for one supplier contract, and why.
 */
export interface ClausePackOutput {
  /**
   * Version of this output format; this release prints version 1. A change of shape raises it.
   */
  schemaVersion: 1;
  /**
   * The library the clauses come from.
   */
  library: {
    /**
     * Library id.
     */
    id: string;
    /**
     * Library version.
     */
    version: string;
  };
  /**
   * The supplier.
   */
  supplier: {
    /**
     * The supplier's id in the chain.
     */
    id: string;
    /**
     * The supplier's name.
     */
    name: string;
  };
  /**
   * The buyer and the duties that shaped the pack.
   */
  buyer: {
    /**
     * The buyer's id in the chain.
     */
    id: string;
    /**
     * The buyer's name.
     */
    name: string;
    /**
     * The legal duties that shaped the pack.
     *
     * Items: A legal duty of the buyer: nis2, gdpr-controller or care-provider.
     */
    duties: ('nis2' | 'gdpr-controller' | 'care-provider')[];
    /**
     * The buyer's own legal reporting deadline in hours, or null when it has none.
     */
    deadlineHours: number | null;
  };
  /**
   * The strictest tier over the roles.
   */
  tier: 'baseline' | 'enhanced' | 'strict';
  /**
   * The roles the supplier plays.
   */
  roles: PackRole[];
  /**
   * The chosen clauses in contract order.
   */
  clauses: PackClause[];
  /**
   * The register of agreed deviations; absent in packs made before library 2.0.
   */
  deviations?: Deviation[];
}
/**
 * One role the supplier plays for the buyer.
 */
export interface PackRole {
  /**
   * Label of the role in reasons: the kind, with #2, #3 when a kind repeats.
   */
  id: string;
  /**
   * What the supplier provides: saas, software, managed-it, cloud, medical-device, lab-service, data-processor, logistics, other.
   */
  kind:
    | 'saas'
    | 'software'
    | 'managed-it'
    | 'cloud'
    | 'medical-device'
    | 'lab-service'
    | 'data-processor'
    | 'logistics'
    | 'other';
  /**
   * Criticality 0 to 1.
   */
  criticality: number;
  /**
   * Data kinds shared in this role.
   *
   * Items: Kind of data: patient (health) data, other personal data, research data, or intellectual property (ip).
   */
  data: ('patient' | 'personal' | 'research' | 'ip')[];
  /**
   * The tier this role calls for.
   */
  tier: 'baseline' | 'enhanced' | 'strict';
  tierReason: OutputText;
}
/**
 * Why the tier is what it is.
 */
export interface OutputText {
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
 * One clause of a pack: which clause, why, and its parameter values.
 */
export interface PackClause {
  /**
   * Clause id in the library.
   */
  id: string;
  /**
   * Version of the clause text the pack was made with.
   */
  version: string;
  /**
   * Topic, which sets the contract order.
   */
  topic: string;
  /**
   * Why the clause was chosen and how its parameters were set.
   */
  reasons: ClauseReason[];
  /**
   * Resolved parameter values, every declared parameter present.
   */
  params: {
    [k: string]: ParamValue5;
  };
}
/**
 * The reason in plain words.
 */
export interface OutputText1 {
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
 * The reason in plain words.
 */
export interface OutputText2 {
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
 * The reason in plain words.
 */
export interface OutputText3 {
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
 * The reason in plain words.
 */
export interface OutputText4 {
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
 * The reason in plain words.
 */
export interface OutputText5 {
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
 * The reason in plain words.
 */
export interface OutputText6 {
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
 * The reason in plain words.
 */
export interface OutputText7 {
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
 * The reason in plain words.
 */
export interface OutputText8 {
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
 * The reason in plain words.
 */
export interface OutputText9 {
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
 * The reason in plain words.
 */
export interface OutputText10 {
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
 * A deviation from a proposed clause that the parties agreed.
 */
export interface Deviation {
  /**
   * Id of the clause deviated from.
   */
  clause: string;
  /**
   * What the parties agreed instead, in the language of the contract.
   */
  agreed: string;
  /**
   * Why the buyer accepted it.
   */
  reason: string;
  /**
   * Date agreed, as YYYY-MM-DD.
   */
  agreedOn: string;
  /**
   * Who approved it for the buyer; required for a must-have clause.
   */
  approvedBy?: string;
  /**
   * Parameter values that change with the deviation.
   */
  params?: {
    [k: string]: ParamValue5;
  };
}
