/* Generated from schemas/chain.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * A value chain: organisations, their own scores, and who depends on whom.
 */
export interface ChainModel {
  /**
   * Optional URL or path of the JSON Schema this document follows, for editors.
   */
  $schema?: string;
  /**
   * Version of the document format. This release reads and writes version 1.
   */
  schemaVersion: 1;
  /**
   * Stable identifier of the chain model.
   */
  id: string;
  /**
   * Name of the chain model.
   */
  name: string;
  description?: LocalizedText;
  /**
   * The organisations of the chain.
   *
   * @maxItems 10000000
   */
  organisations: ChainOrganisation[];
  /**
   * Who depends on whom. Cycles are allowed.
   *
   * @maxItems 50000000
   */
  dependencies: Dependency[];
}
/**
 * What the chain model shows.
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
 * One organisation in a value chain.
 */
export interface ChainOrganisation {
  /**
   * Stable identifier of the organisation within the chain.
   */
  id: string;
  /**
   * Name of the organisation (fictional in samples).
   */
  name: string;
  /**
   * Its role in the chain, e.g. university-medical-centre, hospital, biotech, cro, lab, pharmacy, home-care, wholesaler, ehr-vendor, lims-vendor, cloud, managed-it, device-maker, logistics.
   */
  role: string;
  /**
   * What is known of the organisation profile, all fields optional.
   */
  profile?: {
    /**
     * Subsector within Life Sciences & Health (research, sales, manufacturing, education, care) or other.
     */
    subsector?:
      | 'biotech-rd'
      | 'health-rd'
      | 'medical-lab'
      | 'pharma-wholesale'
      | 'medical-wholesale'
      | 'pharmacy'
      | 'pharma-ingredients'
      | 'pharma-products'
      | 'measuring-equipment'
      | 'electromedical-equipment'
      | 'optical-instruments'
      | 'medical-instruments'
      | 'vocational-education'
      | 'adult-education'
      | 'higher-education'
      | 'university'
      | 'university-medical-centre'
      | 'hospital'
      | 'mental-health'
      | 'medical-practice'
      | 'paramedical-practice'
      | 'other-care'
      | 'other';
    /**
     * Size class: micro (<10 people), small (10-49), medium (50-249), large (250+).
     */
    sizeClass?: 'micro' | 'small' | 'medium' | 'large';
    /**
     * Region: one of the labour-market regions of Zuid-Holland (Drechtsteden, Gorinchem, Haaglanden, Holland Rijnland, Midden-Holland, Rijnmond, Zuid-Holland Centraal) or any other region name.
     */
    region?: string;
    /**
     * Kinds of sensitive data the organisation holds.
     *
     * @maxItems 50
     *
     * Items: Kind of data: patient (health) data, other personal data, research data, or intellectual property (ip).
     */
    data?: ('patient' | 'personal' | 'research' | 'ip')[];
    /**
     * Information-security certifications the organisation holds.
     *
     * @maxItems 50
     *
     * Items: Certification held: ISO/IEC 27001 (iso27001), NEN 7510 (nen7510), or other.
     */
    certifications?: ('iso27001' | 'nen7510' | 'other')[];
    /**
     * What one day of downtime costs the organisation, in euros, as the organisation estimates it.
     */
    downtimeCostPerDay?: number;
    /**
     * Whether the organisation is a NIS2 essential or important entity, or neither.
     */
    nis2?: 'essential' | 'important' | 'none';
    /**
     * Whether the organisation is a GDPR controller of personal data (true for almost every employer and care provider).
     */
    gdprController?: boolean;
  };
  /**
   * Own resilience score 0-100, e.g. the overall score of its basisscan; absent when not assessed.
   */
  score?: number;
  /**
   * Id of the assessment the score comes from, if any.
   */
  assessment?: string;
}
/**
 * `from` depends on `to`.
 */
export interface Dependency {
  /**
   * Id of the organisation that depends.
   */
  from: string;
  /**
   * Id of the organisation it depends on (its supplier or service provider).
   */
  to: string;
  /**
   * What the supplier provides: saas, software, managed-it, cloud, medical-device, lab-service, data-processor, logistics, other.
   */
  kind?:
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
   * How much the dependant suffers when the supplier fails, from 0 (not at all) to 1 (fully); default 1.
   */
  criticality?: number;
  /**
   * Dependencies of one organisation with the same group are alternatives: one of them suffices.
   */
  group?: string;
  /**
   * Kinds of data shared with the supplier.
   *
   * @maxItems 4
   *
   * Items: Kind of data: patient (health) data, other personal data, research data, or intellectual property (ip).
   */
  data?: ('patient' | 'personal' | 'research' | 'ip')[];
  /**
   * A free note, e.g. what is provided.
   */
  note?: string;
}
