import type { ClauseLibrary } from '@lsh-cyber/schema';
import { clauseLibrary } from './library.js';
import { toDocx } from './render/docx.js';
import { toHtml } from './render/html.js';
import { toMarkdown } from './render/markdown.js';
import { buildModel } from './render/model.js';
import type { Locale } from './render/text.js';
import type { ClausePack, ClauseValues } from './types.js';

/** Output formats of {@link renderClausePack}. */
export type RenderFormat = 'markdown' | 'html' | 'docx';

/** Options of {@link renderClausePack}. */
export interface RenderOptions<F extends RenderFormat = RenderFormat> {
  /** Language of the contract text: Dutch or English. */
  locale: Locale;
  /** markdown or html (a string), docx (the file's bytes). */
  format: F;
  /** Parameter values that override the pack's, by clause id then parameter name; checked like the pack's own. */
  values?: ClauseValues;
  /** The library the pack was selected from; the built-in one when absent. */
  library?: ClauseLibrary;
}

/**
 * Renders a clause pack as a contract annex: a header (buyer, supplier, tier), a note that a lawyer
 * should review it, then each clause with its title, its text with the values filled in, the
 * plain-language companion, why it was proposed, its basis and the evidence to ask for. The output
 * is deterministic (no dates). HTML and Markdown escape every text; `.docx` comes from the `docx` package.
 *
 * @throws {@link ClauseError} when a value is of the wrong type, out of bounds, breaks a consistency
 * rule, or names a clause or parameter that does not exist.
 */
export function renderClausePack(pack: ClausePack, options: RenderOptions<'markdown' | 'html'>): string;
export function renderClausePack(pack: ClausePack, options: RenderOptions<'docx'>): Promise<Uint8Array>;
export function renderClausePack(pack: ClausePack, options: RenderOptions): string | Promise<Uint8Array>;
export function renderClausePack(pack: ClausePack, options: RenderOptions): string | Promise<Uint8Array> {
  if (options.locale !== 'nl' && options.locale !== 'en') throw new TypeError(`locale must be nl or en, not ${String(options.locale)}`);
  const model = buildModel(pack, options.library ?? clauseLibrary, options.locale, options.values);
  switch (options.format) {
    case 'markdown':
      return toMarkdown(model);
    case 'html':
      return toHtml(model);
    case 'docx':
      return toDocx(model);
    default:
      throw new TypeError(`format must be markdown, html or docx, not ${String(options.format)}`);
  }
}
