/* Generated from schemas/duties-output.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * What `lsh-cyber duties --json` prints: which incident-reporting laws apply to an organisation, and why.
 */
export interface DutiesOutput {
  /**
   * Version of this output format; this release prints version 1. A change of shape raises it.
   */
  schemaVersion: 1;
  /**
   * Whether NIS2 applies.
   */
  nis2: {
    /**
     * essential or important entity, out (not under NIS2), or uncertain (not decidable from the profile).
     */
    status: 'essential' | 'important' | 'out' | 'uncertain';
    /**
     * Why the status is what it is, each with its legal basis.
     */
    reasons: OutputText[];
    /**
     * Profile fields that would decide an uncertain status; empty otherwise.
     */
    missing: string[];
  };
  /**
   * The GDPR role.
   */
  gdpr: {
    /**
     * The organisation's role for personal data.
     */
    role: 'controller' | 'processor' | 'both' | 'none';
    /**
     * Why the role is what it is, each with its legal basis.
     */
    reasons: OutputText[];
  };
  /**
   * Whether the Medical Devices Regulation (or IVDR) reporting duties apply.
   */
  mdr: {
    /**
     * Whether it makes medical devices or in-vitro diagnostics.
     */
    manufacturer: boolean;
    /**
     * mdr or ivdr, when it is a manufacturer and the profile says which.
     */
    regulation?: 'mdr' | 'ivdr';
    /**
     * Why it is or is not a manufacturer, each with its legal basis.
     */
    reasons: OutputText[];
  };
  /**
   * Whether the Cyber Resilience Act reporting duties apply.
   */
  cra: {
    /**
     * Whether it makes products with digital elements.
     */
    manufacturer: boolean;
    /**
     * Why it is or is not a manufacturer, each with its legal basis.
     */
    reasons: OutputText[];
  };
}
/**
 * A text in Dutch (nl) and English (en), written by an engine.
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
