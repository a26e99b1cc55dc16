import type { FirstAidCard } from './card.js';
import { cardToDocx } from './render/docx.js';
import { cardToHtml } from './render/html.js';
import { cardToMarkdown } from './render/markdown.js';
import type { Locale } from './types.js';

/** Output formats of {@link renderFirstAidCard}. */
export type CardFormat = 'html' | 'docx' | 'markdown';

/** Options of {@link renderFirstAidCard}. */
export interface RenderCardOptions<F extends CardFormat = CardFormat> {
  locale: Locale;
  /** html (one A4 page, print-ready) or markdown (a string), docx (the file's bytes). */
  format: F;
}

/**
 * Renders a first-aid card: a standalone HTML page that prints on one A4 sheet, Markdown, or a Word
 * document. HTML and Markdown escape every text; `.docx` comes from the `docx` package.
 */
export function renderFirstAidCard(card: FirstAidCard, options: RenderCardOptions<'html' | 'markdown'>): string;
export function renderFirstAidCard(card: FirstAidCard, options: RenderCardOptions<'docx'>): Promise<Uint8Array>;
export function renderFirstAidCard(card: FirstAidCard, options: RenderCardOptions): string | Promise<Uint8Array>;
export function renderFirstAidCard(card: FirstAidCard, options: RenderCardOptions): string | Promise<Uint8Array> {
  if (options.locale !== 'nl' && options.locale !== 'en') throw new TypeError(`locale must be nl or en, not ${String(options.locale)}`);
  switch (options.format) {
    case 'html':
      return cardToHtml(card, options.locale);
    case 'markdown':
      return cardToMarkdown(card, options.locale);
    case 'docx':
      return cardToDocx(card, options.locale);
    default:
      throw new TypeError(`format must be html, docx or markdown, not ${String(options.format)}`);
  }
}
