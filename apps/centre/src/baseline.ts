import { type BenchmarkCell, type BenchmarkRelease, SCORE_BANDS } from '@lsh-cyber/schema';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** One row of the baseline: a published cell, named by the group it covers. */
export interface BaselineRow {
  group: string;
  subsector: string;
  sizeClass: string;
  region: string;
  n: number;
  q1: number;
  median: number;
  q3: number;
  bands: Record<(typeof SCORE_BANDS)[number], number>;
}

/** The sector's baseline measurement (nulmeting), built from a published release only: nothing a release withholds. */
export interface Baseline {
  release: string;
  publishedAt: string;
  k: number;
  rows: BaselineRow[];
}

const ALL = 'alle';

function row(cell: BenchmarkCell): BaselineRow {
  const dims = [cell.subsector, cell.sizeClass, cell.region].filter((d) => d !== undefined);
  return {
    group: dims.length === 0 ? 'hele sector' : dims.join(' · '),
    subsector: cell.subsector ?? ALL,
    sizeClass: cell.sizeClass ?? ALL,
    region: cell.region ?? ALL,
    n: cell.n,
    q1: cell.overall.q1,
    median: cell.overall.median,
    q3: cell.overall.q3,
    bands: { ...cell.bands },
  };
}

/** The baseline of a release: its cells, the whole sector first, then coarse to fine. */
export function baselineOf(release: BenchmarkRelease): Baseline {
  const depth = (c: BenchmarkCell) => [c.subsector, c.sizeClass, c.region].filter((d) => d !== undefined).length;
  const cells = [...release.cells].sort((a, b) => depth(a) - depth(b));
  return { release: release.id, publishedAt: release.publishedAt, k: release.k, rows: cells.map(row) };
}

const csvField = (v: string | number): string => {
  const s = String(v);
  // A leading = + - @ would be read as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The baseline as CSV (comma-separated, one row per group, header first). */
export function baselineCsv(b: Baseline): string {
  const header = ['subsector', 'sizeClass', 'region', 'n', 'q1', 'median', 'q3', ...SCORE_BANDS.map((x) => `band ${x}`)];
  const lines = b.rows.map((r) =>
    [r.subsector, r.sizeClass, r.region, r.n, r.q1, r.median, r.q3, ...SCORE_BANDS.map((x) => r.bands[x])].map(csvField).join(','),
  );
  return `${[header.map(csvField).join(','), ...lines].join('\n')}\n`;
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })], alignment: AlignmentType.LEFT })] });

/** The baseline as a Word document, in Dutch, for the province and the funders. */
export async function baselineDocx(b: Baseline): Promise<Buffer> {
  const head = ['Groep', 'Aantal', 'Q1', 'Mediaan', 'Q3', ...SCORE_BANDS];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...b.rows.map(
        (r) =>
          new TableRow({
            children: [r.group, r.n, r.q1, r.median, r.q3, ...SCORE_BANDS.map((x) => r.bands[x])].map((v) => cell(String(v))),
          }),
      ),
    ],
  });
  const doc = new Document({
    creator: 'lsh-cyber centre',
    title: 'Nulmeting cyberweerbaarheid LSH-sector',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Nulmeting cyberweerbaarheid LSH-sector', heading: HeadingLevel.TITLE }),
          new Paragraph({
            text: `Publicatie ${b.release} van ${b.publishedAt.slice(0, 10)}. Elke groep telt minstens ${b.k} organisaties; kleinere groepen worden niet getoond. Scores lopen van 0 tot 100; Q1, mediaan en Q3 zijn afgerond op 5 punten.`,
          }),
          new Paragraph({ text: 'Scores per groep', heading: HeadingLevel.HEADING_1 }),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
