import type { ClauseLibrary } from '@lsh-cyber/schema';
import { clauseLibrary } from './library.js';
import { buildChecklist } from './render/checklist.js';
import { checklistToHtml, toHtml } from './render/html.js';
import { checklistToMarkdown, toMarkdown } from './render/markdown.js';
import { buildModel } from './render/model.js';
import type { Locale } from './render/text.js';
import type { ClausePack, ClauseValues } from './types.js';

// The Word writer (and the `docx` package under it, most of this package's weight) loads only when
// a .docx is asked for: a page that shows or writes Markdown never downloads it.
const docxWriter = () => import('./render/docx.js');

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
  /**
   * `contract` (the default): the clauses as contract text, with the guidance annex apart.
   * `checklist`: one page to hold against the supplier's own standard terms, for a buyer that cannot impose its contract.
   */
  mode?: 'contract' | 'checklist';
}

/**
 * Renders a clause pack. As a contract (the default): the parties, the binding articles with their
 * values filled in, the binding annexes (the processing annex, the register of agreed deviations),
 * and after them a guidance annex that says it binds nobody, holding per clause the negotiating
 * position and fallback, the plain-language companion, why it was proposed, its basis and the
 * evidence to ask for, with the note that a lawyer should review the text. As a checklist
 * (`mode: 'checklist'`): one page listing what the supplier's standard terms must cover.
 * The output is deterministic (no dates). HTML and Markdown escape every text (Markdown also link
 * syntax, so no text becomes a link); `.docx` comes from the `docx` package, loaded on first use.
 *
 * @throws {@link ClauseError} when a value is of the wrong type, out of bounds, breaks a consistency
 * rule, or names a clause or parameter that does not exist.
 */
export function renderClausePack(pack: ClausePack, options: RenderOptions<'markdown' | 'html'>): string;
export function renderClausePack(pack: ClausePack, options: RenderOptions<'docx'>): Promise<Uint8Array>;
export function renderClausePack(pack: ClausePack, options: RenderOptions): string | Promise<Uint8Array>;
export function renderClausePack(pack: ClausePack, options: RenderOptions): string | Promise<Uint8Array> {
  if (options.locale !== 'nl' && options.locale !== 'en') throw new TypeError(`locale must be nl or en, not ${String(options.locale)}`);
  const library = options.library ?? clauseLibrary;
  if (options.mode === 'checklist') {
    const checklist = buildChecklist(pack, library, options.locale, options.values);
    if (options.format === 'markdown') return checklistToMarkdown(checklist);
    if (options.format === 'html') return checklistToHtml(checklist);
    if (options.format === 'docx') return docxWriter().then((w) => w.checklistToDocx(checklist));
    throw new TypeError(`format must be markdown, html or docx, not ${String(options.format)}`);
  }
  if (options.mode !== undefined && options.mode !== 'contract')
    throw new TypeError(`mode must be contract or checklist, not ${String(options.mode)}`);
  const model = buildModel(pack, library, options.locale, options.values);
  switch (options.format) {
    case 'markdown':
      return toMarkdown(model);
    case 'html':
      return toHtml(model);
    case 'docx':
      return docxWriter().then((w) => w.toDocx(model));
    default:
      throw new TypeError(`format must be markdown, html or docx, not ${String(options.format)}`);
  }
}
