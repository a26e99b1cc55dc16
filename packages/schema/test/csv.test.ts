import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_DIALECTS,
  CsvReader,
  type CsvRecord,
  csvCell,
  detectCsvDelimiter,
  neutraliseFormula,
  parseCsvNumber,
  readCsv,
  unmarkText,
  writeCsv,
} from '../src/index.js';
import { FORMULA_PAYLOADS, isFormulaCell } from './support/formula-payloads.js';

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...FORMULA_PAYLOADS, '', ' ', '"', ';', ',', '\r\n', "'"),
);

describe('the shared CSV writer and reader', () => {
  it("read back every text cell exactly (after the writer's apostrophe), in both dialects", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyText, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...CSV_DIALECTS),
        (rows, dialect) => {
          const text = writeCsv([['a', 'b'], ...rows], dialect);
          const { records, problems } = readCsv(text);
          expect(problems).toEqual([]);
          expect(records.slice(1).map((r) => r.cells.map(unmarkText))).toEqual(rows);
          for (const cell of records.flatMap((r) => r.cells)) expect(isFormulaCell(cell)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes numbers as numbers: decimal comma for excel-nl, point for rfc4180, negatives never neutralised', () => {
    expect(csvCell(-1.5, 'excel-nl')).toBe('-1,5');
    expect(csvCell(-1.5, 'rfc4180')).toBe('-1.5');
    expect(csvCell('-1.5', 'rfc4180')).toBe("'-1.5");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...CSV_DIALECTS), (x, dialect) => {
        const cell = readCsv(`v\r\n${csvCell(x, dialect)}\r\n`, { delimiter: dialect === 'excel-nl' ? ';' : ',' }).records[1]!.cells[0]!;
        expect(parseCsvNumber(cell, dialect === 'excel-nl')).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('neutralises every formula payload, and writes a BOM and ";" for excel-nl', () => {
    for (const p of FORMULA_PAYLOADS) expect(isFormulaCell(neutraliseFormula(p)), JSON.stringify(p)).toBe(false);
    expect(writeCsv([['a', 'b']], 'excel-nl')).toBe('\ufeffa;b\r\n');
    expect(writeCsv([['a', 'b']], 'rfc4180')).toBe('a,b\r\n');
  });

  it('detects ";" and ",", skips a BOM and empty lines, keeps quoted line breaks and never trims', () => {
    expect(detectCsvDelimiter('\ufeffa;b;"c,d"\n')).toBe(';');
    expect(detectCsvDelimiter('a,b;c,d\n')).toBe(',');
    const { records } = readCsv('\ufeffa;b\r\n\r\n"x\r\ny";\t z \r\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['x\r\ny', '\t z '] },
    ]);
  });

  it('gives the same records when the text arrives in chunks of any size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyText, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 7 }),
        (rows, size) => {
          const text = writeCsv([['a', 'b', 'c'], ...rows], 'excel-nl');
          const chunked: CsvRecord[] = [];
          const reader = new CsvReader((r) => chunked.push(r));
          for (let i = 0; i < text.length; i += size) reader.write(text.slice(i, i + size));
          reader.end();
          expect(chunked).toEqual(readCsv(text).records);
          expect(reader.problems).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports an unclosed quote and stray quotes with their line', () => {
    expect(readCsv('a,b\n"x,y\n').problems).toEqual([{ line: 2, message: 'has a quote that is never closed', code: 'unclosed-quote' }]);
    expect(readCsv('a,b\nx"y,"z"w\n').problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'stray-quote'],
      [2, 'text-after-quote'],
    ]);
  });

  it('reads numbers with a decimal comma only where the file uses ";"', () => {
    expect(parseCsvNumber('40,5', true)).toBe(40.5);
    expect(parseCsvNumber('40,5', false)).toBeNull();
    expect(parseCsvNumber(' 7 ', false)).toBe(7);
    expect(parseCsvNumber('1e3', false)).toBe(1000);
    expect(parseCsvNumber('x', true)).toBeNull();
  });
});
