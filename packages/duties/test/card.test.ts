import { strFromU8, unzipSync } from 'fflate';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAidCard, NATIONAL_CONTACTS, renderFirstAidCard, suppliersFromChain } from '../src/index.js';
import { profile, sampleChain, sampleProfiles } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chain = sampleChain();
const samples = sampleProfiles();
const cardOf = (p: (typeof samples)[number]['profile']) => firstAidCard(p, { suppliers: suppliersFromChain(chain, p.id) });

/** Pages in a PDF: page objects, not the page-tree node (`/Type /Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('the printed card', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases = samples.flatMap((s) => (['nl', 'en'] as const).map((locale) => ({ file: s.file, profile: s.profile, locale })));
  it.each(cases)('$file in $locale prints on exactly one A4 page', async ({ profile: p, locale }) => {
    const html = renderFirstAidCard(cardOf(p), { locale, format: 'html' });
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      expect(await page.locator(`[data-card="${p.id}"] h1`).textContent()).toContain(p.name);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf)).toBe(1);
    } finally {
      await page.close();
    }
  });
});

describe('card content', () => {
  it('lists the organisation’s own suppliers from its chain and a blank for its insurer', () => {
    const hospital = samples.find((s) => s.file === 'hospital-it.json')!.profile;
    const card = cardOf(hospital);
    const names = card.contacts.own.map((c) => c.name);
    expect(names).toContain('ZorgDossier Systems');
    expect(names).toContain('ZorgICT Partners');
    expect(card.contacts.own.at(-1)).toMatchObject({ id: 'insurer', name: '' });
  });
  it('sends a large care organisation to Z-CERT, a small pharmacy not; the NCSC and the police always', () => {
    const ids = (file: string) => cardOf(samples.find((s) => s.file === file)!.profile).contacts.national.map((c) => c.id);
    expect(ids('hospital-it.json')).toEqual(['ncsc', 'zcert', 'ap', 'igj', 'police']);
    expect(ids('pharmacy.json')).toEqual(['ncsc', 'ap', 'igj', 'police']);
    expect(ids('biotech-startup.json')).toEqual(['ncsc', 'ap', 'police']);
  });
  it('every national contact has a source and the date it was checked', () => {
    for (const c of Object.values(NATIONAL_CONTACTS)) {
      expect(c.source.length).toBeGreaterThan(5);
      expect(c.checkedOn).toMatch(/^2026-\d\d-\d\d$/);
    }
    expect(NATIONAL_CONTACTS.ncsc.when.en).toContain('Digital Trust Center');
  });
  it('contacts are editable: change a national one, hide one, add one', () => {
    const card = firstAidCard(profile({ headcount: 900, healthcareProvider: true }), {
      insurer: { name: 'Polderpolis Verzekeringen', phone: '010-0000000' },
      contacts: [
        { id: 'zcert', phone: '088-0000000' },
        { id: 'igj', hidden: true },
        { id: 'security-officer', name: 'Mr. Jansen', phone: '06-00000000' },
      ],
    });
    expect(card.contacts.national.find((c) => c.id === 'zcert')).toMatchObject({
      phone: '088-0000000',
      source: expect.stringContaining('edited'),
    });
    expect(card.contacts.national.some((c) => c.id === 'igj')).toBe(false);
    expect(card.contacts.own.map((c) => c.name)).toEqual(['Polderpolis Verzekeringen', 'Mr. Jansen']);
  });
  it('the clocks on the card are those that apply to the organisation', () => {
    const maker = cardOf(samples.find((s) => s.file === 'medtech-maker.json')!.profile);
    expect(new Set(maker.clocks.map((c) => c.regime))).toEqual(new Set(['nis2', 'gdpr', 'mdr', 'cra']));
    const startup = cardOf(samples.find((s) => s.file === 'biotech-startup.json')!.profile);
    expect(startup.clocks.map((c) => c.duty)).toEqual(['gdpr.authority', 'gdpr.data-subjects']);
    expect(startup.clocks[0]?.within.nl).toBe('binnen 72 uur nadat u het incident ontdekte');
  });
});

describe('rendering escapes every text', () => {
  const hostile = '<script>alert(1)</script> & *bold* [link](http://x) | # h';
  const card = firstAidCard(profile({ name: hostile, headcount: 900, healthcareProvider: true }), {
    suppliers: [{ id: 's', name: hostile, role: { nl: hostile, en: hostile }, phone: '<b>1</b>' }],
  });
  it('HTML', () => {
    const html = renderFirstAidCard(card, { locale: 'en', format: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>1</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*');
  });
  it('Markdown', () => {
    const md = renderFirstAidCard(card, { locale: 'nl', format: 'markdown' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\*bold\\* \\[link\\](http://x) \\| \\# h');
    expect(md.startsWith('# EHBO-kaart cyberincident: &lt;script&gt;')).toBe(true);
  });
  it('docx: a valid Word file with the text as text', async () => {
    const bytes = await renderFirstAidCard(card, { locale: 'en', format: 'docx' });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('Who do you call?');
  });
  it('refuses an unknown locale or format', () => {
    expect(() => renderFirstAidCard(card, { locale: 'de' as 'nl', format: 'html' })).toThrow(/locale must be nl or en/);
    expect(() => renderFirstAidCard(card, { locale: 'nl', format: 'pdf' as 'html' })).toThrow(/format must be/);
  });
});
