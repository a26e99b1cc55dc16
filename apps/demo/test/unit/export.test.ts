import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, escapeMarkdown } from '../../src/export/report-markdown.js';
import { csvField } from '../../src/export/roadmap-csv.js';
import { href, isRouteHash, parseRoute, type Route } from '../../src/lib/router.js';

/** A minimal RFC 4180 reader for one line, to check what csvField writes. */
function readCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      out.push(value);
      i++;
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

describe('CSV fields', () => {
  it('round-trip through a CSV reader, commas, quotes and line breaks included', () => {
    const safe = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(safe, { minLength: 1, maxLength: 5 }), (fields) => {
        expect(readCsvLine(fields.map(csvField).join(','))).toEqual(fields);
      }),
    );
  });
  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-5)).toBe('-5');
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
