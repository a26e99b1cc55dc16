import type { RenderModel } from './model.js';
import { type Segment, WORDS } from './text.js';

/** Escapes text so Markdown shows it literally and no renderer turns it into HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}#|!~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Library text: kept as written (line breaks, lists), but never raw HTML. */
function literal(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const inline = (p: Segment[]): string => p.map((s) => (s.value ? escapeMarkdown(s.text) : literal(s.text))).join('');

/** The pack as Markdown. */
export function toMarkdown(model: RenderModel): string {
  const { locale } = model;
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  for (const h of model.header) lines.push(`- **${h.label}:** ${escapeMarkdown(h.value)}`);
  lines.push('', `> ${model.disclaimer}`, '');
  if (!model.clauses.length) lines.push(WORDS.none[locale], '');
  for (const c of model.clauses) {
    lines.push(`## ${literal(c.heading)}`, '');
    for (const p of c.body) lines.push(inline(p), '');
    lines.push(`> **${WORDS.plain[locale]}:** ${c.plain.map(inline).join(' ')}`, '');
    if (c.why.length) lines.push(`**${WORDS.why[locale]}:**`, '', ...c.why.map((w) => `- ${escapeMarkdown(w)}`), '');
    lines.push(`**${WORDS.basis[locale]}:** ${literal(c.basis.join('; '))}`, '');
    if (c.evidence.length) lines.push(`**${WORDS.evidence[locale]}:**`, '', ...c.evidence.map((e) => `- ${literal(e)}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
