import type { ChecklistModel } from './checklist.js';
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
  '.guidance{border-top:3px double #666;margin-top:3rem;font-size:.95rem}' +
  '.meta{font-size:.9rem;color:#333}.disclaimer{border:1px solid #c90;padding:.5rem 1rem;background:#fff8e6}' +
  '.checklist{list-style:none;padding-left:0}.checklist li{margin:.3rem 0}';

const head = (lang: string, title: string): string[] => [
  '<!DOCTYPE html>',
  `<html lang="${lang}" xmlns="http://www.w3.org/1999/xhtml">`,
  `<head><meta charset="utf-8"/><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
  '<body>',
  `<h1>${escapeHtml(title)}</h1>`,
];

const list = (items: readonly string[]): string => `<ul>${items.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`;

/** The pack as a standalone, well-formed HTML document; every text is escaped. The guidance annex is a separate section. */
export function toHtml(model: RenderModel): string {
  const { locale } = model;
  const out: string[] = [
    ...head(locale, model.title),
    '<dl>',
    ...model.header.map((h) => `<dt>${escapeHtml(h.label)}</dt><dd>${escapeHtml(h.value)}</dd>`),
    '</dl>',
    '<main class="binding">',
  ];
  if (!model.clauses.length && !model.annexes.length) out.push(`<p>${escapeHtml(WORDS.none[locale])}</p>`);
  for (const c of [...model.clauses, ...model.annexes]) {
    out.push(`<section id="${escapeHtml(`clause-${c.id}`)}">`, `<h2>${escapeHtml(c.heading)}</h2>`);
    for (const p of c.body) out.push(`<p>${para(p)}</p>`);
    out.push('</section>');
  }
  if (model.deviations) {
    const d = model.deviations;
    out.push('<section id="deviations">', `<h2>${escapeHtml(d.heading)}</h2>`, `<p>${escapeHtml(d.intro)}</p>`, '<ul>');
    for (const r of d.rows)
      out.push(
        `<li><strong>${escapeHtml(r.clause)}</strong> (${escapeHtml(r.agreedOn)}): ${escapeHtml(WORDS.agreed[locale])}: ${escapeHtml(r.agreed)}. ${escapeHtml(WORDS.reason[locale])}: ${escapeHtml(r.reason)}${r.approvedBy ? `. ${escapeHtml(WORDS.approvedBy[locale])}: ${escapeHtml(r.approvedBy)}` : ''}</li>`,
      );
    out.push('</ul>', '</section>');
  }
  out.push('</main>');
  const g = model.guidance;
  out.push('<aside class="guidance" id="guidance">', `<h2>${escapeHtml(g.heading)}</h2>`);
  out.push(`<div class="disclaimer">${g.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</div>`);
  for (const item of g.items) {
    out.push(`<section id="${escapeHtml(`notes-${item.id}`)}">`, `<h3>${escapeHtml(item.heading)}</h3>`);
    if (item.position) out.push(`<p><strong>${escapeHtml(WORDS.position[locale])}:</strong> ${escapeHtml(item.position)}</p>`);
    if (item.fallback.length)
      out.push(`<p><strong>${escapeHtml(WORDS.fallback[locale])}:</strong> ${item.fallback.map(para).join(' ')}</p>`);
    out.push(`<div class="plain"><strong>${escapeHtml(WORDS.plain[locale])}:</strong> ${item.plain.map(para).join(' ')}</div>`);
    out.push('<div class="meta">');
    if (item.why.length) out.push(`<p><strong>${escapeHtml(WORDS.why[locale])}:</strong></p>${list(item.why)}`);
    out.push(`<p><strong>${escapeHtml(WORDS.basis[locale])}:</strong> ${escapeHtml(item.basis.join('; '))}</p>`);
    if (item.evidence.length) out.push(`<p><strong>${escapeHtml(WORDS.evidence[locale])}:</strong></p>${list(item.evidence)}`);
    out.push('</div>', '</section>');
  }
  out.push('</aside>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/** The checklist as a standalone HTML page. */
export function checklistToHtml(model: ChecklistModel): string {
  const out = [
    ...head(model.locale, model.title),
    '<dl>',
    ...model.header.map((h) => `<dt>${escapeHtml(h.label)}</dt><dd>${escapeHtml(h.value)}</dd>`),
    '</dl>',
    `<p>${escapeHtml(model.intro)}</p>`,
    '<ul class="checklist">',
    ...model.items.map(
      (i) => `<li>&#9744; &#9733; <strong>${escapeHtml(i.title)}</strong>${i.text.length ? `: ${para(i.text)}` : ''}</li>`,
    ),
    '</ul>',
  ];
  if (model.alsoAsk.length)
    out.push(`<p><strong>${escapeHtml(WORDS.alsoAsk[model.locale])}:</strong> ${escapeHtml(model.alsoAsk.join('; '))}.</p>`);
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
