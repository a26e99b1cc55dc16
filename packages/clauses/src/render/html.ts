import type { RenderModel } from './model.js';
import { type Segment, WORDS } from './text.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A paragraph; values the user supplied are marked so a reader sees what was filled in. */
const para = (p: Segment[]): string =>
  p.map((s) => (s.value ? `<span class="value">${escapeHtml(s.text)}</span>` : escapeHtml(s.text).replace(/\r?\n/g, '<br/>'))).join('');

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}' +
  '.value{font-weight:600}.plain{border-left:4px solid #4a7;padding:.25rem 1rem;background:#f4faf6}' +
  '.meta{font-size:.9rem;color:#333}.disclaimer{border:1px solid #c90;padding:.5rem 1rem;background:#fff8e6}';

/** The pack as a standalone, well-formed HTML document; every text is escaped. */
export function toHtml(model: RenderModel): string {
  const { locale } = model;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${locale}" xmlns="http://www.w3.org/1999/xhtml">`,
    `<head><meta charset="utf-8"/><title>${escapeHtml(model.title)}</title><style>${STYLE}</style></head>`,
    '<body>',
    `<h1>${escapeHtml(model.title)}</h1>`,
    '<dl>',
    ...model.header.map((h) => `<dt>${escapeHtml(h.label)}</dt><dd>${escapeHtml(h.value)}</dd>`),
    '</dl>',
    `<p class="disclaimer">${escapeHtml(model.disclaimer)}</p>`,
  ];
  if (!model.clauses.length) out.push(`<p>${escapeHtml(WORDS.none[locale])}</p>`);
  for (const c of model.clauses) {
    out.push(`<section id="${escapeHtml(`clause-${c.id}`)}">`, `<h2>${escapeHtml(c.heading)}</h2>`);
    for (const p of c.body) out.push(`<p>${para(p)}</p>`);
    out.push(`<div class="plain"><strong>${escapeHtml(WORDS.plain[locale])}:</strong> ${c.plain.map(para).join(' ')}</div>`);
    out.push('<div class="meta">');
    if (c.why.length)
      out.push(
        `<p><strong>${escapeHtml(WORDS.why[locale])}:</strong></p><ul>${c.why.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`,
      );
    out.push(`<p><strong>${escapeHtml(WORDS.basis[locale])}:</strong> ${escapeHtml(c.basis.join('; '))}</p>`);
    if (c.evidence.length)
      out.push(
        `<p><strong>${escapeHtml(WORDS.evidence[locale])}:</strong></p><ul>${c.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`,
      );
    out.push('</div>', '</section>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
