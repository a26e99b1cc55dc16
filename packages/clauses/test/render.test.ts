import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { ClauseError } from '../src/errors.js';
import { renderClausePack } from '../src/render.js';
import { selectClauses } from '../src/select.js';
import { docxParagraphs } from './fixtures/docx.js';
import { fixtureLibrary as library } from './fixtures/library.js';
import { assertRendersAll } from './fixtures/render-all.js';

const XSS = '<img src=x onerror=alert(1)>';

function errorOf(f: () => unknown): ClauseError {
  try {
    f();
  } catch (e) {
    if (ClauseError.isInstance(e)) return e;
    throw e;
  }
  throw new Error('expected a ClauseError');
}

const pack = selectClauses({
  supplier: { id: 'ehr', name: 'Dossier & Zo BV' },
  buyer: { id: 'umc', name: 'UMC Zuid', nis2: 'essential', gdprController: true },
  dependency: { kind: 'saas', criticality: 0.6, data: ['patient'] },
  library,
});

describe('markdown', () => {
  it('holds a header, each clause with values filled in and units in the language, companion, basis and evidence', () => {
    const nl = renderClausePack(pack, { locale: 'nl', format: 'markdown', library });
    expect(nl).toContain('# Beveiligingsbepalingen voor leveranciers: Dossier &amp; Zo BV');
    expect(nl).toContain('- **Afnemer:** UMC Zuid');
    expect(nl).toContain('jurist');
    expect(nl).toContain('## Artikel 1. Basisniveau beveiliging');
    expect(nl).toContain('binnen 12 uur nadat hij het ontdekt');
    expect(nl).toContain('kritieke kwetsbaarheden binnen 14 dagen, hoge binnen 30 dagen en middelzware binnen 60 dagen');
    expect(nl).toContain('**In gewone woorden:** U hoort op tijd van een incident om zelf te kunnen melden (12 uur).');
    expect(nl).toContain(
      '**Grondslag:** NIS2 art. 23; AVG art. 33; Cyberweerbaarheidsverordening (CRA) art. 14 (van toepassing vanaf 11 september 2026)',
    );
    expect(nl).toContain('- Incidentprocedure (bij elke wijziging)');
    expect(nl).not.toContain('{{');
    const en = renderClausePack(pack, { locale: 'en', format: 'markdown', library });
    expect(en).toContain('within 12 hours of discovering it');
    expect(en).toContain('within 14 days, high ones within 30 days');
    expect(en).toContain('GDPR Art. 33; Cyber Resilience Act Art. 14 (applies from 11 September 2026)');
    expect(en).toContain('ISO/IEC 27001:2022 A.5.20');
    expect(en).toContain('GDPR Art. 28(3)(a); GDPR Art. 28(3)(f); NEN 7510-1:2017+A1:2020');
  });

  it('numbers clauses by topic: one topic, one article, with sub-numbers', () => {
    const device = selectClauses({
      supplier: { id: 's', name: 'S' },
      buyer: { id: 'b', name: 'B' },
      dependency: { kind: ['software', 'medical-device'], criticality: 0.3 },
      library,
    });
    const md = renderClausePack(device, { locale: 'en', format: 'markdown', library });
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(
      expect.arrayContaining([
        '## Clause 3.1. Software bill of materials (SBOM)',
        '## Clause 3.2. MDS2 and SBOM for medical devices',
        '## Clause 4. End of support',
      ]),
    );
    expect(headings[0]).toBe('## Clause 1. Security baseline');
    expect(md).toContain('MDS2 form (ANSI/NEMA HN 1-2019); IEC 81001-5-1 5.1');
    expect(md).toContain('(role: medical device)');
  });

  it('is deterministic and survives a JSON round trip of the pack', () => {
    const again = JSON.parse(JSON.stringify(pack));
    expect(renderClausePack(again, { locale: 'en', format: 'markdown', library })).toBe(
      renderClausePack(pack, { locale: 'en', format: 'markdown', library }),
    );
  });

  it('escapes user values so no raw HTML or Markdown gets through', () => {
    const md = renderClausePack(
      { ...pack, supplier: { id: 's', name: `${XSS} *bold* [link](javascript:x)` } },
      { locale: 'en', format: 'markdown', library, values: { 'security-baseline': { standard: '<script>alert(1)</script>' } } },
    );
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](javascript:x)');
  });

  it('renders singular units', () => {
    const md = renderClausePack(pack, {
      locale: 'nl',
      format: 'markdown',
      library,
      values: { 'vulnerability-patching': { criticalPatchDays: 1 } },
    });
    expect(md).toContain('binnen 1 dag,');
    const en = renderClausePack(pack, {
      locale: 'en',
      format: 'markdown',
      library,
      values: { 'incident-notification': { noticeHours: 1 } },
    });
    expect(en).toContain('within 1 hour of');
  });
});

describe('html', () => {
  it(`holds no element from a supplier named ${XSS}, nor from parameter values`, () => {
    const html = renderClausePack(
      { ...pack, supplier: { id: 's', name: XSS }, buyer: { ...pack.buyer, name: '"><script>alert(2)</script>' } },
      { locale: 'nl', format: 'html', library, values: { 'security-baseline': { standard: `<b onclick="x">${XSS}</b>` } } },
    );
    for (const type of ['text/html', 'application/xhtml+xml'] as const) {
      const doc = new DOMParser().parseFromString(html, type);
      for (const tag of ['img', 'script', 'b']) expect(doc.getElementsByTagName(tag).length).toBe(0);
      const all = Array.from(doc.getElementsByTagName('*'));
      expect(all.some((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on')))).toBe(false);
      expect(doc.getElementsByTagName('h1')[0]!.textContent).toBe(`Beveiligingsbepalingen voor leveranciers: ${XSS}`);
    }
  });

  it('holds each clause as a section with its filled-in text', () => {
    const html = renderClausePack(pack, { locale: 'en', format: 'html', library });
    const doc = new DOMParser().parseFromString(html, 'application/xhtml+xml');
    const sections = Array.from(doc.getElementsByTagName('main')[0]!.getElementsByTagName('section'));
    expect(sections.map((s) => s.getAttribute('id'))).toEqual(pack.clauses.map((c) => `clause-${c.id}`));
    // The notes, reasons and bases sit apart, in the guidance annex, never inside a binding section.
    for (const s of sections) expect(s.textContent).not.toMatch(/In plain words|Why proposed|Basis:/);
    const guidance = doc.getElementsByTagName('aside')[0]!;
    expect(guidance.getAttribute('id')).toBe('guidance');
    expect(guidance.textContent).toContain('not part of the agreement and do not bind the parties');
    const incident = sections.find((s) => s.getAttribute('id') === 'clause-incident-notification')!;
    expect(incident.textContent).toContain('within 12 hours of discovering it');
    expect(doc.documentElement!.getAttribute('lang')).toBe('en');
  });
});

describe('docx', () => {
  it('is a valid Word package whose document XML holds the clause text', async () => {
    const bytes = await renderClausePack(pack, { locale: 'nl', format: 'docx', library });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const paragraphs = docxParagraphs(bytes);
    expect(paragraphs).toContain('Beveiligingsbepalingen voor leveranciers: Dossier & Zo BV');
    expect(paragraphs).toContain(`Artikel ${pack.clauses.findIndex((c) => c.id === 'incident-notification') + 1}. Melding van incidenten`);
    expect(paragraphs).toContain(
      'De Leverancier meldt een beveiligingsincident dat de Afnemer kan raken binnen 12 uur nadat hij het ontdekt.',
    );
    expect(paragraphs).toContain('Afnemer: UMC Zuid');
  });

  it('keeps hostile names as text', async () => {
    const bytes = await renderClausePack({ ...pack, supplier: { id: 's', name: XSS } }, { locale: 'en', format: 'docx', library });
    expect(docxParagraphs(bytes)).toContain(`Supplier: ${XSS}`);
  });
});

describe('every clause with its defaults', () => {
  it('renders in all three formats and both languages at every tier', async () => {
    await assertRendersAll(library);
  });
});

describe('values', () => {
  it('override the pack and are checked against type and bounds', () => {
    const md = renderClausePack(pack, {
      locale: 'en',
      format: 'markdown',
      library,
      values: { 'incident-notification': { noticeHours: 6 } },
    });
    expect(md).toContain('within 6 hours of');
    const e = errorOf(() =>
      renderClausePack(pack, {
        locale: 'en',
        format: 'markdown',
        library,
        values: {
          'incident-notification': { noticeHours: '6' as unknown as number },
          'vulnerability-patching': { criticalPatchDays: 0, highPatchDays: 2.5 },
        },
      }),
    );
    expect(e.issues.map((i) => [i.path, i.clause, i.param])).toEqual([
      ['values.vulnerability-patching.criticalPatchDays', 'vulnerability-patching', 'criticalPatchDays'],
      ['values.incident-notification.noticeHours', 'incident-notification', 'noticeHours'],
    ]);
    expect(e.issues[0]!.message).toContain('at least 1 days, not 0');
    expect(e.issues[1]!.message).toContain('must be a number, not "6"');
  });

  it('refuse an unknown clause or parameter with a clear message', () => {
    const e = errorOf(() =>
      renderClausePack(pack, {
        locale: 'nl',
        format: 'html',
        library,
        values: { nope: { x: 1 }, 'cyber-insurance': { insuredAmount: 2e6 }, 'incident-notification': { noticeDays: 1 }, constructor: {} },
      }),
    );
    expect(e.issues.map((i) => i.path)).toEqual([
      'values.nope',
      'values.cyber-insurance',
      'values.constructor',
      'values.incident-notification.noticeDays',
    ]);
    expect(e.issues[0]!.message).toContain('there is no clause nope');
    expect(e.issues[1]!.message).toContain('not in this pack');
    expect(e.issues[3]!.message).toBe('clause incident-notification has no parameter noticeDays (its parameters: noticeHours)');
  });

  it("refuse values that break a rule, naming clause, parameter and rule, also against the buyer's deadline", () => {
    const e = errorOf(() =>
      renderClausePack(pack, { locale: 'en', format: 'markdown', library, values: { 'incident-notification': { noticeHours: 24 } } }),
    );
    expect(e.issues).toEqual([
      expect.objectContaining({ clause: 'incident-notification', param: 'noticeHours', rule: 'notice-before-buyer-deadline' }),
    ]);
    expect(e.message).toContain('its own legal deadline of 24 hours');
  });

  it('refuse something that is not a pack, naming what is missing', () => {
    const e = errorOf(() =>
      renderClausePack({ supplier: { name: '' }, clauses: [{ id: 'x' }] } as never, { locale: 'en', format: 'html', library }),
    );
    expect(e.issues.map((i) => i.path)).toEqual([
      'library.id',
      'supplier.name',
      'buyer.name',
      'tier',
      'roles',
      'clauses.0.params',
      'clauses.0.reasons',
    ]);
    expect(() =>
      renderClausePack(pack, { locale: 'en', format: 'html', library, values: { 'incident-notification': 4 } as never }),
    ).toThrow(ClauseError);
    expect(() => renderClausePack(pack, { locale: 'de' as never, format: 'html', library })).toThrow('locale must be nl or en');
    expect(() => renderClausePack(pack, { locale: 'en', format: 'pdf' as never, library })).toThrow(
      'format must be markdown, html or docx',
    );
  });

  it('refuse a pack that names what the library lacks, or another library', () => {
    const bad = structuredClone(pack);
    bad.clauses[0]!.params.extra = 1;
    bad.clauses.push({ id: 'ghost', version: '1.0.0', topic: 'x', reasons: [], params: {} });
    const e = errorOf(() => renderClausePack(bad, { locale: 'en', format: 'markdown', library }));
    expect(e.issues.map((i) => i.path)).toEqual([`clauses.0.params.extra`, `clauses.${bad.clauses.length - 1}.id`]);
    const other = errorOf(() =>
      renderClausePack({ ...pack, library: { id: 'other', version: '1.0.0' } }, { locale: 'en', format: 'markdown', library }),
    );
    expect(other.issues[0]!.path).toBe('library');
  });
});
