import { readCsv, unmarkText } from '@lsh-cyber/schema';
import type { Roadmap } from '@lsh-cyber/scoring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_PAYLOADS, isFormulaCell } from '../../../../packages/schema/test/support/formula-payloads.js';
import { blocksToMarkdown, escapeMarkdown } from '../../src/export/report-markdown.js';
import { roadmapCsv } from '../../src/export/roadmap-csv.js';
import { href, isRouteHash, parseRoute, type Route } from '../../src/lib/router.js';

describe('roadmap CSV', () => {
  const roadmapWith = (title: string) =>
    ({
      years: [
        {
          year: 1,
          projected: { overall: 61.5 },
          measures: [
            {
              id: 'm1',
              title: { nl: title, en: title },
              cost: { oneOff: 1250.5, yearly: -1 },
              effortDays: 1.5,
              audience: ['board', 'staff'],
              addresses: ['q1', 'q2'],
            },
          ],
        },
      ],
    }) as unknown as Roadmap;

  const words = (locale: 'nl' | 'en') => ({
    audience: (a: string) => (locale === 'nl' ? { board: 'directie', staff: 'medewerkers' }[a] : a) ?? a,
    question: (id: string) => `${locale === 'nl' ? 'Vraag' : 'Question'} ${id}`,
  });

  it('writes Dutch as excel-nl (";", decimal comma, BOM) and English as RFC 4180, with words, not codes', () => {
    const nl = roadmapCsv(roadmapWith('Back-ups; offline'), 'nl', words('nl'));
    expect(nl.startsWith('\ufeffjaar;')).toBe(true);
    const nlRow = readCsv(nl).records[1]!.cells;
    expect(nlRow).toEqual(['1', 'm1', 'Back-ups; offline', '1250,5', '-1', '1,5', 'directie, medewerkers', 'Vraag q1 | Vraag q2', '61,5']);
    const en = readCsv(roadmapCsv(roadmapWith('Back-ups, offline'), 'en', words('en'))).records[1]!.cells;
    expect(en).toEqual(['1', 'm1', 'Back-ups, offline', '1250.5', '-1', '1.5', 'board, staff', 'Question q1 | Question q2', '61.5']);
  });

  it('neutralises every formula payload in a title, but not the numbers it formats', () => {
    for (const payload of FORMULA_PAYLOADS) {
      for (const locale of ['nl', 'en'] as const) {
        const cells = readCsv(roadmapCsv(roadmapWith(payload), locale, words(locale))).records[1]!.cells;
        expect(isFormulaCell(cells[2]!), JSON.stringify(payload)).toBe(false);
        expect(unmarkText(cells[2]!)).toBe(payload);
        expect(cells[4]).toBe('-1');
      }
    }
  });
});

describe('Markdown report', () => {
  it('lets no user text become HTML or a heading', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const md = escapeMarkdown(text);
        expect(md).not.toMatch(/(^|[^\\])</);
        expect(md).not.toMatch(/^#/);
      }),
    );
    expect(blocksToMarkdown([{ type: 'title', text: '<img src=x onerror=alert(1)>' }])).toBe('# \\<img src=x onerror=alert(1)\\>\n');
  });
  it('writes tables with a header row', () => {
    const md = blocksToMarkdown([{ type: 'table', head: ['Part', 'Score'], rows: [['A|B', '50']] }]);
    expect(md).toBe('| Part | Score |\n| --- | --- |\n| A\\|B | 50 |\n');
  });
});

describe('routes', () => {
  it('read back what they write', () => {
    const routes: Route[] = [
      { view: 'start' },
      { view: 'scan', step: 0 },
      { view: 'scan', step: 7 },
      { view: 'result' },
      { view: 'chain' },
      { view: 'clauses' },
    ];
    for (const r of routes) expect(parseRoute(href(r))).toEqual(r);
  });
  it('send unknown addresses to the start page and leave in-page jumps alone', () => {
    expect(parseRoute('#/nowhere')).toEqual({ view: 'start' });
    expect(parseRoute('#/scan/-3')).toEqual({ view: 'scan', step: 0 });
    expect(isRouteHash('#main')).toBe(false);
    expect(isRouteHash('#/result')).toBe(true);
  });
});
