/* Generated from schemas/deadlines-output.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * What `lsh-cyber deadlines --json` prints: the reporting deadlines an incident starts, times in UTC.
 */
export interface DeadlinesOutput {
  /**
   * Version of this output format; this release prints version 1. A change of shape raises it.
   */
  schemaVersion: 1;
  /**
   * Every reporting deadline the incident starts, in the order the engine gives.
   */
  deadlines: Deadline[];
}
/**
 * One reporting deadline of an incident.
 */
export interface Deadline {
  /**
   * The law: nis2, gdpr, mdr (medical devices, IVDR included) or cra (Cyber Resilience Act).
   */
  regime: 'nis2' | 'gdpr' | 'mdr' | 'cra';
  /**
   * Stable id of the duty, e.g. nis2.early-warning.
   */
  duty: string;
  title: OutputText;
  to: OutputText1;
  /**
   * The latest moment the report is due (UTC); for "without undue delay", the start itself.
   */
  due: string;
  /**
   * The moment the clock started (UTC).
   */
  startsAt: string;
  /**
   * What started the clock: becoming aware of the incident, its notification, or a fix becoming available.
   */
  startsWhen: 'aware' | 'notified' | 'fix-available';
  /**
   * The article that sets the duty.
   */
  basis: string;
  /**
   * True when the clock starts at the notification, none was sent yet, and the latest legal moment to send it is assumed.
   */
  provisional: boolean;
  /**
   * True when the law says "without undue delay" instead of a fixed period.
   */
  withoutUndueDelay: boolean;
}
/**
 * Name of the report.
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
 * Who receives the report.
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
