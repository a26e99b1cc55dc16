/* Generated from schemas/organisation-profile.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * Who an organisation is: subsector, size, region, the data it holds, its certifications and what a day of downtime costs it.
 */
export interface OrganisationProfile {
  /**
   * Optional URL or path of the JSON Schema this document follows, for editors.
   */
  $schema?: string;
  /**
   * Version of the document format. This release reads and writes version 1.
   */
  schemaVersion: 1;
  /**
   * Stable identifier of the organisation.
   */
  id: string;
  /**
   * Name of the organisation (fictional in samples).
   */
  name: string;
  /**
   * Subsector within Life Sciences & Health (research, sales, manufacturing, education, care) or other.
   */
  subsector:
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
  sizeClass: 'micro' | 'small' | 'medium' | 'large';
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
  data: ('patient' | 'personal' | 'research' | 'ip')[];
  /**
   * Information-security certifications the organisation holds.
   *
   * @maxItems 50
   *
   * Items: Certification held: ISO/IEC 27001 (iso27001), NEN 7510 (nen7510), or other.
   */
  certifications: ('iso27001' | 'nen7510' | 'other')[];
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
  /**
   * Staff headcount in annual work units (full-time equivalents over a year), for the EU size test (Recommendation 2003/361/EC).
   */
  headcount?: number;
  /**
   * Annual turnover in euros, from the last approved accounts.
   */
  turnoverEur?: number;
  /**
   * Annual balance-sheet total in euros, from the last approved accounts.
   */
  balanceSheetEur?: number;
  /**
   * Partner and linked enterprises whose figures count towards the size test; absent or empty when autonomous.
   *
   * @maxItems 1000
   */
  groupEnterprises?: GroupEnterprise[];
  /**
   * Whether the organisation legally provides healthcare to patients (Directive 2011/24/EU Art. 3(g)), e.g. a hospital, GP practice, pharmacy or home care.
   */
  healthcareProvider?: boolean;
  /**
   * Whether the organisation manufactures medical devices (mdr, Regulation 2017/745) or in vitro diagnostics (ivdr, 2017/746), or neither.
   */
  deviceMaker?: 'none' | 'mdr' | 'ivdr';
  /**
   * Whether the organisation places products with digital elements (software or connected hardware) on the EU market (Cyber Resilience Act).
   */
  digitalProducts?: boolean;
}
/**
 * A partner or linked enterprise, for the EU size test.
 */
export interface GroupEnterprise {
  /**
   * partner (a holding of 25 % to 50 % either way) or linked (control, usually more than 50 %).
   */
  relation: 'partner' | 'linked';
  /**
   * The holding of capital or voting rights, whichever is greater, as a fraction from 0 to 1 (0.3 = 30 %).
   */
  share: number;
  /**
   * The enterprise's staff headcount in annual work units.
   */
  headcount?: number;
  /**
   * The enterprise's annual turnover in euros.
   */
  turnoverEur?: number;
  /**
   * The enterprise's annual balance-sheet total in euros.
   */
  balanceSheetEur?: number;
}
