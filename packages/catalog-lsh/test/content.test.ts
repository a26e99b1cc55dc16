import type { Catalog, Question, SUBSECTORS } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { glossaryTermsIn, lshCatalog, smeCatalog } from '../src/index.js';
import { allTexts } from './support.js';

const both: [string, Catalog][] = [
  ['lsh-basisscan', lshCatalog],
  ['sme-basisscan', smeCatalog],
];

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
// Sentences end in . ! or ? followed by a space; "Bijvoorbeeld:" starts a sentence of its own.
const sentences = (s: string) =>
  s
    .split(/(?<=[.!?])\s+|(?=Bijvoorbeeld:|For example:)/)
    .map((x) => x.trim())
    .filter((x) => x !== '');

/** The B1 limits of the issue: a question at most 15 words, a help sentence at most 20 (Dutch). */
const QUESTION_WORDS = 15;
const HELP_SENTENCE_WORDS = 20;

// Terms a director of a small firm does not know; when a text uses one, the glossary must define it.
const JARGON: Record<'nl' | 'en', string[]> = {
  nl: [
    'phishing',
    'SPF',
    'DKIM',
    'DMARC',
    'EDR',
    'VPN',
    'extern bureaublad',
    'beheerportaal',
    'bibliotheek',
    'SaaS',
    'CSIRT',
    'MFA',
    'MDR',
    'IVDR',
    'malware',
    'ransomware',
    'DPIA',
    'NIS2',
    'AVG',
    'NEN 7510',
    'NEN 7513',
    'NTA 7516',
    'UZI-pas',
    'VOG',
    'GxP',
    'GMP',
    'MDS2',
    'firewall',
    'SOC',
    'pentest',
    'audit trail',
    'CE-markering',
    'IGJ',
    'Z-CERT',
    'NCSC',
    'calamiteit',
    'FG',
  ],
  en: [
    'phishing',
    'SPF',
    'DKIM',
    'DMARC',
    'EDR',
    'VPN',
    'remote desktop',
    'admin portal',
    'library',
    'SaaS',
    'CSIRT',
    'MFA',
    'MDR',
    'IVDR',
    'malware',
    'ransomware',
    'DPIA',
    'NIS2',
    'GDPR',
    'NEN 7510',
    'NEN 7513',
    'NTA 7516',
    'UZI card',
    'VOG',
    'GxP',
    'GMP',
    'MDS2',
    'firewall',
    'SOC',
    'pentest',
    'audit trail',
    'CE marking',
    'IGJ',
    'Z-CERT',
    'NCSC',
    'calamity',
    'DPO',
  ],
};
const used = (text: string, term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

describe.each(both)('%s in plain language (B1)', (_id, catalog) => {
  it(`asks every question in one Dutch sentence of at most ${QUESTION_WORDS} words, ending in one question mark`, () => {
    const bad = catalog.questions
      .filter(
        (q) =>
          words(q.text.nl) > QUESTION_WORDS ||
          sentences(q.text.nl).length !== 1 ||
          !q.text.nl.endsWith('?') ||
          q.text.nl.split('?').length !== 2,
      )
      .map((q) => `${q.id} (${words(q.text.nl)} words): ${q.text.nl}`);
    expect(bad).toEqual([]);
  });

  it(`writes every Dutch help sentence in at most ${HELP_SENTENCE_WORDS} words`, () => {
    const bad = catalog.questions.flatMap((q) =>
      sentences(q.help.nl)
        .filter((s) => words(s) > HELP_SENTENCE_WORDS)
        .map((s) => `${q.id} (${words(s)} words): ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps English questions and help sentences as short as the Dutch ones, give or take a few words', () => {
    const bad = catalog.questions.flatMap((q) => [
      ...(words(q.text.en) > QUESTION_WORDS + 3 ? [`${q.id}: ${q.text.en}`] : []),
      ...sentences(q.help.en)
        .filter((s) => words(s) > HELP_SENTENCE_WORDS + 4)
        .map((s) => `${q.id}: ${s}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('addresses the reader with "u" everywhere, never "je", "jij", "jouw" or "jullie"', () => {
    const bad = allTexts(catalog).filter((t) => /(?<![\p{L}])(je|jij|jou|jouw|jullie)(?![\p{L}])/iu.test(t.nl));
    expect(bad.map((t) => `${t.path}: ${t.nl}`)).toEqual([]);
  });

  it('keeps Dutch and English in step: the same numbers and links in every text', () => {
    const numbers = (s: string) => (s.replace(/(\d)[.,](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).sort();
    const links = (s: string) => (s.match(/https?:\/\/\S+/g) ?? []).sort();
    const bad = allTexts(catalog).filter(
      (t) => JSON.stringify(numbers(t.nl)) !== JSON.stringify(numbers(t.en)) || JSON.stringify(links(t.nl)) !== JSON.stringify(links(t.en)),
    );
    expect(bad.map((t) => `${t.path}: ${t.nl} | ${t.en}`)).toEqual([]);
  });

  it('gives every step of a measure one instruction of at most about 25 words', () => {
    const bad = catalog.measures.flatMap((m) => m.steps.filter((s) => words(s.nl) > 25).map((s) => `${m.id}: ${s.nl}`));
    expect(bad).toEqual([]);
  });
});

describe('lsh-basisscan glossary', () => {
  const c = lshCatalog;
  const texts = allTexts(c).filter((t) => !t.path.startsWith('glossary'));

  it.each(['nl', 'en'] as const)('defines every jargon term a %s text uses', (lang) => {
    const missing: string[] = [];
    for (const term of JARGON[lang]) {
      const where = texts.find((t) => used(t[lang], term));
      if (!where) continue;
      const defined = (c.glossary ?? []).some((e) => e.forms[lang].some((f) => f.toLowerCase() === term.toLowerCase()));
      if (!defined) missing.push(`${term} (used at ${where.path})`);
    }
    expect(missing).toEqual([]);
  });

  it('holds at least every term the review named, in Dutch and English', () => {
    const forms = new Set((c.glossary ?? []).flatMap((e) => e.forms.nl.map((f) => f.toLowerCase())));
    for (const t of ['phishing', 'spf', 'dkim', 'dmarc', 'edr', 'vpn', 'saas', 'csirt', 'mfa', 'mdr']) expect(forms, t).toContain(t);
    const ids = new Set((c.glossary ?? []).map((e) => e.id));
    for (const id of ['remote-takeover', 'admin-page', 'sbom']) expect(ids, id).toContain(id);
  });

  it('uses every glossary term somewhere, in both languages', () => {
    const unused = (c.glossary ?? []).filter(
      (e) =>
        glossaryTermsIn(
          { glossary: [e] },
          texts.map((t) => t.nl),
          'nl',
        ).length === 0 ||
        glossaryTermsIn(
          { glossary: [e] },
          texts.map((t) => t.en),
          'en',
        ).length === 0,
    );
    expect(unused.map((e) => e.id)).toEqual([]);
  });

  it('gives MDR one meaning only: the Medical Device Regulation', () => {
    const mdr = c.glossary!.find((e) => e.id === 'mdr')!;
    expect(mdr.definition.en).toMatch(/medical devices/);
    expect(
      allTexts(c)
        .filter((t) => /Managed Detection/i.test(t.en))
        .map((t) => t.path),
    ).toEqual([]);
  });

  it('finds the terms of a text with glossaryTermsIn, as whole words in any case, each once, in glossary order', () => {
    const found = glossaryTermsIn(c, ['Zet mfa aan op de VPN.', 'Ook MFA voor de beheerpagina.'], 'nl').map((e) => e.id);
    expect(found).toEqual(['mfa', 'vpn', 'admin-page']);
    expect(glossaryTermsIn(c, ['Amfibie en SOCK'], 'nl')).toEqual([]);
    expect(glossaryTermsIn({}, ['MFA'], 'en')).toEqual([]);
  });
});

describe('lsh-basisscan facts current to December 2026', () => {
  const c = lshCatalog;
  const texts = allTexts(c);
  const helpNames = c.measures.flatMap((m) => (m.help ?? []).map((h) => h.name));

  it('names the Digital Trust Center only as the former desk that merged into the NCSC on 1 January 2026', () => {
    expect(helpNames).not.toContain('Digital Trust Center');
    for (const t of texts.filter((x) => x.nl.includes('Digital Trust Center'))) {
      expect(t.nl, t.path).toMatch(/1 januari 2026|voormalige/);
      expect(t.en, t.path).toMatch(/1 January 2026|former/);
    }
  });

  it('offers Z-CERT as the CSIRT for care, never as the help for firms outside care', () => {
    const zcert = c.glossary!.find((e) => e.id === 'z-cert')!;
    expect(zcert.definition.nl).toMatch(/zorg/);
    for (const m of c.measures.filter((x) => x.help?.some((h) => h.name === 'Z-CERT')))
      expect(m.help!.some((h) => h.name.includes('NCSC')) || m.id === 'reporting-duties' || m.id === 'device-procurement', m.id).toBe(true);
  });

  it('uses the MDR’s terms: CE marking after a conformity assessment, not "markttoelating"', () => {
    expect(texts.filter((t) => /markttoelating/i.test(t.nl)).map((t) => t.path)).toEqual([]);
    expect(c.questions.find((q) => q.id === 'lab.product-security')!.help.nl).toMatch(/CE-markering/);
  });

  it('names every reporting route in incident.reporting: the DPA in 72 hours, the CSIRT in 24 hours (Z-CERT or NCSC), the IGJ and MDR vigilance', () => {
    const q = c.questions.find((x) => x.id === 'incident.reporting')!;
    for (const s of ['72 uur', '24 uur', 'CSIRT', 'Z-CERT', 'NCSC', 'IGJ', 'calamiteit', 'MDR', 'Autoriteit Persoonsgegevens'])
      expect(q.help.nl, s).toContain(s);
    for (const s of ['72 hours', '24 hours', 'CSIRT', 'Z-CERT', 'NCSC', 'IGJ', 'calamity', 'MDR']) expect(q.help.en, s).toContain(s);
  });
});

// A knock-out must be reachable for every subsector through the routes a small firm really has.
// Each row: the critical question, the option worth full points that the organisation can truthfully
// choose, and the words of its label that make that route explicit.
const ORGANISATIONS = {
  'a pharmacy whose main system runs at a SaaS supplier (no own server, no own network)': {
    subsector: 'pharmacy',
    routes: {
      'gov.responsible': ['named', /ingehuurd/],
      'access.mfa-email': ['all', /alle accounts/],
      'access.mfa-remote': ['na', null],
      'hygiene.updates': ['all-checked', /leverancier/],
      'backup.offline': ['supplier-guaranteed', /SaaS-leverancier.*contract/],
      'backup.restore-test': ['full-timed', /leverancier/],
      'incident.plan': ['known-exercised', /geoefend/],
    },
  },
  'a lab whose instrument PC may only take the vendor’s patches': {
    subsector: 'medical-lab',
    routes: {
      'gov.responsible': ['named', /ingehuurd/],
      'access.mfa-email': ['all', /alle accounts/],
      'access.mfa-remote': ['all', /leveranciers/],
      'hygiene.updates': ['all-checked', /leverancier bij of is afgeschermd/],
      'backup.offline': ['own', /offline of onveranderbare/],
      'backup.restore-test': ['full-timed', /gemeten tijd/],
      'incident.plan': ['known-exercised', /geoefend/],
    },
  },
} as const;

describe.each(Object.entries(ORGANISATIONS))('every knock-out is reachable for %s', (_who, org) => {
  const critical = lshCatalog.questions.filter((q) => q.critical);
  const applies = (q: Question) =>
    !q.appliesTo?.subsectors || q.appliesTo.subsectors.includes(org.subsector as (typeof SUBSECTORS)[number]);

  it('has a route for every critical question that applies', () => {
    expect(
      critical
        .filter(applies)
        .map((q) => q.id)
        .sort(),
    ).toEqual(Object.keys(org.routes).sort());
  });

  it.each(Object.entries(org.routes))('%s: an option worth full points whose wording fits', (id, [value, wording]) => {
    const q = lshCatalog.questions.find((x) => x.id === id)!;
    if (value === 'na') {
      expect(q.notApplicableAllowed).toBe(true);
      return;
    }
    const option = q.options.find((o) => o.value === value)!;
    expect(option.points).toBe(1);
    expect(option.label.nl).toMatch(wording!);
  });
});
