import { readFileSync } from 'node:fs';
import { parseClauseLibrary } from '@lsh-cyber/schema';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { recordDeviation } from '../src/deviations.js';
import { diffLibraries } from '../src/diff.js';
import { ClauseError } from '../src/errors.js';
import { clauseLibrary as library } from '../src/library.js';
import { renderClausePack } from '../src/render.js';
import { selectClauses } from '../src/select.js';
import type { ClausePack } from '../src/types.js';
import { docxParagraphs } from './fixtures/docx.js';
import { PRACTITIONER_SCENARIOS } from './fixtures/practitioner.js';

const v1 = parseClauseLibrary(JSON.parse(readFileSync(new URL('../content/clauses-1.0.0.json', import.meta.url), 'utf8')), {
  file: 'clauses-1.0.0.json',
});
const scenario = (name: string) => PRACTITIONER_SCENARIOS.find((s) => s.name === name)!.input;
const ehr = selectClauses({ ...scenario('GP practice with a cloud EHR'), library });

function errorOf(f: () => unknown): ClauseError {
  try {
    f();
  } catch (e) {
    if (ClauseError.isInstance(e)) return e;
    throw e;
  }
  throw new Error('expected a ClauseError');
}

describe('the rendered contract', () => {
  it('keeps the binding text clean: notes, reasons and bases only in a guidance annex that says it binds nobody', () => {
    const md = renderClausePack(ehr, { locale: 'nl', format: 'markdown', library });
    const [binding, guidance] = md.split('\n---\n');
    expect(guidance).toBeDefined();
    for (const word of ['In gewone woorden', 'Waarom voorgesteld', 'Grondslag', 'Onderhandelingspositie', 'jurist']) {
      expect(binding, word).not.toContain(word);
      expect(guidance, word).toContain(word);
    }
    expect(guidance).toMatch(/## Bijlage B\. Toelichting \(niet bindend\)/);
    expect(guidance).toContain('hoort niet bij de overeenkomst en bindt partijen niet');
    expect(binding).toContain('## Artikel 1. Begrippen');
    expect(binding).toContain('## Artikel 2. Rangorde');
    expect(binding).toContain('## Bijlage A. Verwerkingsbijlage (AVG artikel 28(3))');
  });

  it('has the Art. 28(3) processing annex as fill-in parts, filled where the parties give values', () => {
    const en = renderClausePack(ehr, { locale: 'en', format: 'markdown', library });
    for (const part of [
      'Subject matter of the processing',
      'Duration of the processing',
      'Nature and purpose',
      'Types of personal data',
      'Categories of data subjects',
      'Technical and organisational measures',
      'Sub-processors',
    ])
      expect(en).toContain(part);
    expect(en).toContain('to be completed: Subject matter of the processing');
    const filled = renderClausePack(ehr, {
      locale: 'en',
      format: 'markdown',
      library,
      values: { 'processing-annex': { subjectMatter: 'Hosting and support of the electronic health record' } },
    });
    expect(filled).toContain('Subject matter of the processing: Hosting and support of the electronic health record');
    expect(filled).not.toContain('[to be completed: Subject matter');
  });

  it('shows the negotiating position and fallback of each clause in the guidance annex', () => {
    const en = renderClausePack(ehr, { locale: 'en', format: 'markdown', library });
    expect(en).toContain('**Negotiating position:** must-have: do not sign without it');
    expect(en).toContain('**Negotiating position:** negotiable');
    expect(en).toContain('**Fallback position:** At the least a cap of one year’s fees');
  });

  it('renders the contract layer and guidance in HTML and Word too', async () => {
    const html = renderClausePack(ehr, { locale: 'en', format: 'html', library });
    expect(html).toContain('<main class="binding">');
    expect(html).toContain('<aside class="guidance" id="guidance">');
    expect(html.indexOf('In plain words')).toBeGreaterThan(html.indexOf('<aside'));
    const docx = docxParagraphs(await renderClausePack(ehr, { locale: 'nl', format: 'docx', library })).join('\n');
    expect(docx).toContain('Toelichting (niet bindend)');
    expect(docx.indexOf('In gewone woorden')).toBeGreaterThan(docx.indexOf('Toelichting (niet bindend)'));
  });
});

describe('the register of agreed deviations', () => {
  it('records a deviation, applies and checks its values, and renders it as a binding annex', () => {
    const agreed = recordDeviation(
      ehr,
      {
        clause: 'cyber-insurance',
        agreed: 'Insured amount EUR 1,000,000 per event.',
        reason: 'Market cover for a firm this size.',
        agreedOn: '2026-11-30',
        params: { insuredAmountEuros: 1000000 },
      },
      { library },
    );
    expect(ehr.deviations).toEqual([]);
    expect(agreed.deviations).toHaveLength(1);
    expect(agreed.clauses.find((c) => c.id === 'cyber-insurance')!.params.insuredAmountEuros).toBe(1000000);
    const md = renderClausePack(JSON.parse(JSON.stringify(agreed)) as ClausePack, { locale: 'nl', format: 'markdown', library });
    const binding = md.split('\n---\n')[0]!;
    expect(binding).toContain('Register van overeengekomen afwijkingen');
    expect(binding).toContain('Insured amount EUR 1,000,000 per event.');
    expect(md).toContain('## Bijlage C. Toelichting (niet bindend)');
  });

  it('refuses a must-have deviation without approval, a bad date, unknown clauses and values out of bounds', () => {
    const e = errorOf(() =>
      recordDeviation(
        ehr,
        { clause: 'incident-notification', agreed: 'Notice within 48 hours', reason: 'x', agreedOn: '30-11-2026' },
        { library },
      ),
    );
    expect(e.issues.map((i) => i.path).sort()).toEqual(['deviation.agreedOn', 'deviation.approvedBy']);
    expect(
      errorOf(() => recordDeviation(ehr, { clause: 'nope', agreed: 'a', reason: 'b', agreedOn: '2026-11-30' }, { library })).issues[0]!
        .path,
    ).toBe('deviation.clause');
    const bounds = errorOf(() =>
      recordDeviation(
        ehr,
        {
          clause: 'incident-notification',
          agreed: 'a',
          reason: 'b',
          agreedOn: '2026-11-30',
          approvedBy: 'CISO',
          params: { noticeHours: 100 },
        },
        { library },
      ),
    );
    expect(bounds.issues[0]!.message).toContain('must be at most 72');
  });
});

describe('checklist mode', () => {
  it('fits one page for every practitioner scenario: at most 30 must-have points and 7,000 characters', async () => {
    for (const s of PRACTITIONER_SCENARIOS) {
      const pack = selectClauses({ ...s.input, library });
      for (const locale of ['nl', 'en'] as const) {
        const md = renderClausePack(pack, { locale, format: 'markdown', library, mode: 'checklist' });
        const items = md.split('\n').filter((l) => l.startsWith('- [ ] ★'));
        expect(items.length, s.name).toBeLessThanOrEqual(30);
        expect(md.length, s.name).toBeLessThanOrEqual(7000);
        const mustHaves = pack.clauses.filter((c) => library.clauses.find((x) => x.id === c.id)!.negotiation?.position === 'must-have');
        expect(items).toHaveLength(mustHaves.length);
      }
    }
    const cleaner = selectClauses({ ...scenario('cleaning contractor'), library });
    const html = renderClausePack(cleaner, { locale: 'en', format: 'html', library, mode: 'checklist' });
    expect(html).toContain('Checklist for the standard terms of Glans Schoonmaak BV');
    expect(html).toContain('a lost key or badge is reported within <span class="value">24 hours</span>');
    const docx = docxParagraphs(await renderClausePack(cleaner, { locale: 'nl', format: 'docx', library, mode: 'checklist' })).join('\n');
    expect(docx).toContain('☐ ★ Werken op locatie van de Afnemer');
    expect(() => renderClausePack(cleaner, { locale: 'en', format: 'markdown', library, mode: 'summary' as never })).toThrow(
      /mode must be/,
    );
  });
});

describe('hostile library text and values', () => {
  const PAYLOADS = [
    '[click](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '![img](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[vb](vbscript:msgbox(1))',
    '[ref]\n\n[ref]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '[a](&#106;avascript:alert(1))',
    '\\[x](javascript:alert(1))',
    '[[nested]](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
  ];

  it('never turns region library text into a link or image in Markdown (checked with marked)', () => {
    const hostile = structuredClone(library);
    const c = hostile.clauses.find((x) => x.id === 'definitions')!;
    c.title = { nl: PAYLOADS[0]!, en: PAYLOADS[1]! };
    c.body = { nl: PAYLOADS.join('\n\n'), en: PAYLOADS.join('\n\n') };
    c.plain = { nl: PAYLOADS.join(' '), en: PAYLOADS.join(' ') };
    c.basis = [{ source: 'gdpr', ref: '4(12)' }];
    const pack = selectClauses({ ...scenario('cleaning contractor'), library: hostile });
    for (const mode of ['contract', 'checklist'] as const)
      for (const locale of ['nl', 'en'] as const) {
        const html = marked.parse(renderClausePack(pack, { locale, format: 'markdown', library: hostile, mode }), {
          async: false,
        }) as string;
        expect(html).not.toMatch(/<a\s|<img\s/i);
        expect(html).not.toMatch(/href="|src="|javascript:[^<]*"/i);
      }
  });

  it('caps text values at render time with a clear message, however long', () => {
    const e = errorOf(() =>
      renderClausePack(ehr, {
        locale: 'en',
        format: 'markdown',
        library,
        values: { 'audit-rights': { assuranceStandard: 'x'.repeat(1_000_000) } },
      }),
    );
    expect(e.issues).toEqual([expect.objectContaining({ path: 'values.audit-rights.assuranceStandard', param: 'assuranceStandard' })]);
    expect(e.issues[0]!.message).toContain('must be at most 500 characters, not 1000000');
  });
});

describe('library 2.0.0 against 1.0.0', () => {
  it('keeps 1.0.0 readable and renderable, and the diff shows what changed', () => {
    expect(v1.version).toBe('1.0.0');
    expect(library.version).toBe('2.0.0');
    const old = selectClauses({ ...scenario('GP practice with a cloud EHR'), library: v1 });
    expect(renderClausePack(old, { locale: 'en', format: 'markdown', library: v1 })).toContain('Supplier security clauses');
    const diff = diffLibraries(v1, library);
    expect(diff.added.map((c) => c.id).sort()).toEqual(
      [
        'care-access-logging',
        'definitions',
        'device-vigilance',
        'governing-law',
        'on-site-conduct',
        'precedence',
        'processing-annex',
        'remedies',
        'secure-development-medical-device',
      ].sort(),
    );
    expect(diff.removed).toEqual([]);
    expect(diff.changed.every((c) => c.bump === 'major' && !c.unversioned)).toBe(true);
    const patch = diff.changed.find((c) => c.id === 'vulnerability-patching')!;
    expect(patch.params.added).toEqual(['exploitedHours']);
    expect(patch.fields).toEqual(expect.arrayContaining(['body', 'basis', 'appliesTo', 'triggers', 'negotiation', 'checklist']));
    expect(diff.changed.find((c) => c.id === 'cyber-insurance')!.params).toEqual({
      added: ['incidentResponseCover'],
      removed: ['coverIncidentResponse'],
      changed: [],
    });
  });
});
