/** Size of one file: raw and gzip bytes. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
/** The initial-JavaScript budget, in bytes of gzip. */
export const BUDGET_BYTES: number;
/** Measures the scripts and stylesheets index.html loads at once. */
export function measureInitial(dist: string): { js: FileSize[]; css: FileSize[]; jsGzip: number; cssGzip: number };
