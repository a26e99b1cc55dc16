// The sources a clause may cite, each with the points content may cite and what each point is about.
// Checked against /shared/reference (gdpr-articles, nis2-articles, cra-articles, mdr, nl-health-law,
// standards) and, for the SCC decisions, Brussels Ia and Rome I, against the texts on EUR-Lex.
import { GDPR_PROVISIONS, ISO27001_ANNEX_A_CONTROLS, NIS2_PROVISIONS } from './identifiers.js';

/** What kind of text a source is: it decides whether a clause that cites it states a legal duty or good practice. */
export type ClauseSourceKind = 'eu-regulation' | 'eu-directive' | 'eu-decision' | 'eu-guidance' | 'nl-law' | 'standard' | 'form';

/** One source a clause may cite: its official name, its kind, and the points that may be cited with their subject. */
export interface ClauseSource {
  /** Official short name, as a contract cites it. */
  name: string;
  kind: ClauseSourceKind;
  /** Citable points, each with what it is about. An empty subject means the point is listed elsewhere (ISO, NIS2, GDPR lists). */
  refs: Readonly<Record<string, string>>;
  /** For a standard cited by its clause numbers ("5.1", "IEC 81001-5-1:2021 5.1"): the form such a ref takes. */
  clauseRef?: RegExp;
  /** Points that name an edition that has been replaced: valid in an older library, never in a current one. */
  superseded?: Readonly<Record<string, string>>;
}

const listed = (ids: readonly string[]): Record<string, string> => Object.fromEntries(ids.map((id) => [id, '']));

/**
 * The sources of the clause library, keyed by the `source` of a basis item. Every cited `ref` must be
 * one of the source's `refs` (or, for an older library, of its `superseded` points).
 */
export const CLAUSE_SOURCES: Readonly<Record<string, ClauseSource>> = Object.freeze({
  nis2: {
    name: 'Directive (EU) 2022/2555 (NIS2)',
    kind: 'eu-directive',
    refs: {
      ...listed(NIS2_PROVISIONS),
      '6(6)': "definition of 'incident'",
      '23(4)(a)': 'early warning within 24 hours of becoming aware of a significant incident',
      '23(4)(b)': 'incident notification within 72 hours, with an initial assessment',
      '23(4)(d)': 'final report no later than one month after the incident notification',
    },
  },
  gdpr: {
    name: 'Regulation (EU) 2016/679 (GDPR)',
    kind: 'eu-regulation',
    refs: {
      ...listed(GDPR_PROVISIONS),
      '4(12)': "definition of 'personal data breach'",
      '5(1)(e)': 'storage limitation',
      '28(1)': 'use only processors giving sufficient guarantees',
      '28(9)': 'the processor contract is in writing, including in electronic form',
      '29': 'processing only on the instructions of the controller',
      '30(2)': "the processor's record of processing activities",
      '33(2)': 'the processor notifies the controller without undue delay after becoming aware of a personal data breach',
      '33(3)': 'what a breach notification must contain',
      '33(3)(a)': 'nature of the breach, categories and approximate number of data subjects and records',
      '33(3)(b)': 'name and contact details of the data protection officer or other contact point',
      '33(3)(c)': 'likely consequences of the breach',
      '33(3)(d)': 'measures taken or proposed to address the breach and mitigate its effects',
      '33(4)': 'information may be provided in phases',
      'Chapter V': 'transfers of personal data to third countries or international organisations',
      '44': 'general principle for transfers',
      '45': 'transfers on the basis of an adequacy decision',
      '46': 'transfers subject to appropriate safeguards',
      '46(2)(c)': 'standard data protection clauses adopted by the Commission',
      '48': 'transfers or disclosures not authorised by Union law (orders of third-country courts and authorities)',
      '82': 'right to compensation and liability, including of processors',
    },
  },
  iso27001: { name: 'ISO/IEC 27001:2022 Annex A', kind: 'standard', refs: listed(ISO27001_ANNEX_A_CONTROLS) },
  nen7510: {
    name: 'NEN 7510 (information security in healthcare)',
    kind: 'standard',
    refs: {
      'NEN 7510-1:2024': 'management system for information security in healthcare',
      'NEN 7510-2:2024': 'controls for information security in healthcare',
    },
    superseded: { 'NEN 7510-1:2017+A1:2020': 'replaced by NEN 7510-1:2024' },
  },
  nen7512: { name: 'NEN 7512', kind: 'standard', refs: { 'NEN 7512:2022': 'trust basis for the exchange of health data' } },
  nen7513: { name: 'NEN 7513', kind: 'standard', refs: { 'NEN 7513:2018': 'logging of actions on electronic patient records' } },
  cra: {
    name: 'Regulation (EU) 2024/2847 (Cyber Resilience Act)',
    kind: 'eu-regulation',
    refs: {
      'Annex I': 'essential cybersecurity requirements',
      'Art. 13': 'obligations of manufacturers',
      'Art. 13(8)': 'support period of at least five years, with vulnerability handling',
      'Art. 14': 'reporting of actively exploited vulnerabilities and severe incidents (applies from 11 September 2026)',
      'Art. 14(8)': 'informing the users of an actively exploited vulnerability or severe incident',
      'Annex I Part II': 'vulnerability handling requirements, including a software bill of materials',
    },
  },
  mdr: {
    name: 'Regulation (EU) 2017/745 (MDR)',
    kind: 'eu-regulation',
    refs: {
      'Art. 10': 'general obligations of manufacturers',
      'Art. 83': 'post-market surveillance system of the manufacturer',
      'Art. 87': 'reporting of serious incidents and field safety corrective actions',
      'Art. 89': 'analysis of serious incidents and field safety corrective actions',
      'Annex I 14.2(d)': 'risks of negative interaction between software and its IT environment',
      'Annex I 17.2': 'software developed per the state of the art, including information security',
      'Annex I 17.4': "the maker's minimum requirements for hardware, networks and IT security to run the software",
      'Annex I 18.8': 'protection against unauthorised access that could hamper the device',
      'Annex I 23.4(ab)': 'instructions for use state minimum IT requirements, including IT security',
    },
  },
  ivdr: {
    name: 'Regulation (EU) 2017/746 (IVDR)',
    kind: 'eu-regulation',
    refs: {
      'Art. 78': 'post-market surveillance system of the manufacturer',
      'Art. 82': 'reporting of serious incidents and field safety corrective actions',
      'Annex I 16.2': 'software developed per the state of the art, including information security',
      'Annex I 16.4': 'minimum requirements for hardware, networks and IT security',
      'Annex I 20.4.1(ah)': 'instructions for use state minimum IT requirements, including IT security',
    },
  },
  'mdcg-2019-16': {
    name: 'MDCG 2019-16 Rev.1',
    kind: 'eu-guidance',
    refs: {
      'MDCG 2019-16 Rev.1': 'guidance on cybersecurity for medical devices, including SBOM and end of support in the life cycle',
    },
  },
  'iec81001-5-1': {
    name: 'IEC 81001-5-1:2021',
    kind: 'standard',
    clauseRef: /^(IEC 81001-5-1:2021 )?\d{1,2}(\.\d{1,2}){0,3}$/,
    refs: {
      'IEC 81001-5-1:2021': 'security activities in the life cycle of health software',
    },
  },
  'iec80001-1': {
    name: 'IEC 80001-1:2021',
    kind: 'standard',
    clauseRef: /^(IEC 80001-1:2021 )?\d{1,2}(\.\d{1,2}){0,3}$/,
    refs: {
      'IEC 80001-1:2021': 'risk management when connecting medical devices and health software to IT networks',
    },
  },
  mds2: {
    name: 'MDS2 form',
    kind: 'form',
    refs: {
      'MDS2 form (ANSI/NEMA HN 1-2019)': 'manufacturer disclosure statement for medical device security',
      'ANSI/NEMA HN 1-2019': 'manufacturer disclosure statement for medical device security (the standard behind the form)',
    },
  },
  begz: {
    name: 'Besluit elektronische gegevensverwerking door zorgaanbieders',
    kind: 'nl-law',
    refs: {
      'art. 5(1)': 'logging of care information systems complies with NEN 7513',
      'art. 5(2)': 'retention of logging set per NEN 7513',
    },
  },
  'logging-retention': {
    name: 'Besluit vaststelling bewaartermijn logging',
    kind: 'nl-law',
    refs: {
      'Besluit vaststelling bewaartermijn logging': 'logging under the Begz is kept at least five years',
    },
  },
  bw: {
    name: 'Burgerlijk Wetboek (Dutch Civil Code)',
    kind: 'nl-law',
    refs: {
      '6:74': 'damages for failure to perform',
      '6:82': 'notice of default',
      '6:83': 'default without notice',
      '6:225(3)': 'conflicting general terms: the second reference has no effect unless it expressly rejects the first',
      '6:262': 'right to suspend performance when the other party fails to perform',
      '6:265': 'rescission for failure to perform',
      '6:271': 'rescission releases the parties and creates undoing obligations',
    },
  },
  'scc-2021-914': {
    name: 'Commission Implementing Decision (EU) 2021/914',
    kind: 'eu-decision',
    refs: {
      'Module 2': 'transfer controller to processor',
      'Module 3': 'transfer processor to processor',
      'Clause 14': 'local laws and practices affecting compliance',
      'Clause 15': 'obligations of the data importer in case of access by public authorities',
    },
  },
  'scc-2021-915': {
    name: 'Commission Implementing Decision (EU) 2021/915',
    kind: 'eu-decision',
    refs: {
      'Annex II': 'description of the processing',
      'Annex III': 'technical and organisational measures',
      'Annex IV': 'list of sub-processors',
    },
  },
  'rome-i': { name: 'Regulation (EC) No 593/2008 (Rome I)', kind: 'eu-regulation', refs: { 'Art. 3': 'freedom of choice of law' } },
  'brussels-ia': {
    name: 'Regulation (EU) No 1215/2012 (Brussels Ia)',
    kind: 'eu-regulation',
    refs: { 'Art. 25': 'agreement on the court with jurisdiction' },
  },
  bio2: {
    name: 'Baseline Informatiebeveiliging Overheid 2',
    kind: 'standard',
    refs: { 'BIO2 v1.2': 'baseline information security for government' },
  },
} satisfies Record<string, ClauseSource>);
