/* Generated from schemas/ehbo-card-output.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * What `lsh-cyber ehbo --json` prints: the content of the one-page incident first-aid (EHBO) card.
 */
export interface EhboCardOutput {
  /**
   * Version of this output format; this release prints version 1. A change of shape raises it.
   */
  schemaVersion: 1;
  /**
   * The organisation the card is for.
   */
  organisation: {
    /**
     * The organisation's id.
     */
    id: string;
    /**
     * The organisation's name.
     */
    name: string;
  };
  title: OutputText;
  /**
   * The first three things anyone does, before anything else.
   */
  firstMoves: OutputText1[];
  /**
   * The three rounds of the BOB method.
   */
  bob: {
    /**
     * Round 1: get the picture.
     */
    picture: OutputText1[];
    /**
     * Round 2: judge.
     */
    judge: OutputText1[];
    /**
     * Round 3: decide.
     */
    decide: OutputText1[];
  };
  /**
   * First steps for common incidents.
   */
  scenarios: {
    /**
     * The incident.
     */
    id: 'ransomware' | 'lost-laptop' | 'account-takeover' | 'supplier-breach';
    title: OutputText2;
    /**
     * What to do.
     */
    do: OutputText1[];
    /**
     * What not to do.
     */
    dont: OutputText1[];
  }[];
  /**
   * The levels of scaling up.
   */
  scaleUp: {
    /**
     * Level 1 to 3.
     */
    level: 1 | 2 | 3;
    when: OutputText3;
    who: OutputText4;
  }[];
  /**
   * Who to call.
   */
  contacts: {
    /**
     * The organisation's own suppliers and insurer.
     */
    own: CardContact[];
    /**
     * National contacts: NCSC, Z-CERT, AP, IGJ, police, as they apply.
     */
    national: CardContact[];
  };
  /**
   * The reporting clocks that apply: rules, not times, since no incident has happened yet.
   */
  clocks: {
    /**
     * The law: nis2, gdpr, mdr (medical devices, IVDR included) or cra (Cyber Resilience Act).
     */
    regime: 'nis2' | 'gdpr' | 'mdr' | 'cra';
    /**
     * Stable id of the duty, e.g. nis2.early-warning.
     */
    duty: string;
    title: OutputText6;
    to: OutputText7;
    within: OutputText8;
    /**
     * The article that sets the duty.
     */
    basis: string;
  }[];
  /**
   * One line per law on whether it applies.
   */
  applies: OutputText1[];
  footer: OutputText9;
  /**
   * The date the national contacts were checked (ISO date).
   */
  checkedOn: string;
}
/**
 * Title of the card.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * One number or address to call in an incident.
 */
export interface CardContact {
  /**
   * Stable id, e.g. ncsc or the supplier's id in the chain.
   */
  id: string;
  /**
   * Name; empty when it is a blank to fill in.
   */
  name: string;
  when: OutputText5;
  /**
   * Phone number.
   */
  phone?: string;
  /**
   * Web address.
   */
  url?: string;
  /**
   * Where the details come from: a web page, or own (the organisation's chain or input).
   */
  source: string;
  /**
   * The date the details were checked (ISO date), for national contacts.
   */
  checkedOn?: string;
}
/**
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
 * A text in Dutch (nl) and English (en), written by an engine.
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
