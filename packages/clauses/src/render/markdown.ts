import type { ChecklistModel } from './checklist.js';
import type { RenderModel } from './model.js';
import { type Segment, WORDS } from './text.js';

// Link and image syntax ([text](target), ![alt](src), [ref]: target) needs square brackets; with
// them escaped, no text can become a link, so no javascript:, data: or vbscript: target can be clicked.
const LINK_SYNTAX = /([[\]])/g;

/** Escapes text so Markdown shows it literally and no renderer turns it into HTML or a link. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}#|!~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Library text: kept as written (line breaks, lists), but never raw HTML and never a link. */
export function literal(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(LINK_SYNTAX, '\\$1');
}

const inline = (p: Segment[]): string => p.map((s) => (s.value ? escapeMarkdown(s.text) : literal(s.text))).join('');

/** The pack as Markdown: the binding articles and annexes, then the non-binding guidance annex. */
export function toMarkdown(model: RenderModel): string {
  const { locale } = model;
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  for (const h of model.header) lines.push(`- **${h.label}:** ${escapeMarkdown(h.value)}`);
  lines.push('');
  if (!model.clauses.length && !model.annexes.length) lines.push(WORDS.none[locale], '');
  for (const c of [...model.clauses, ...model.annexes]) {
    lines.push(`## ${literal(c.heading)}`, '');
    for (const p of c.body) lines.push(inline(p), '');
  }
  if (model.deviations) {
    lines.push(`## ${literal(model.deviations.heading)}`, '', model.deviations.intro, '');
    for (const d of model.deviations.rows) {
      lines.push(`- **${literal(d.clause)}** (${escapeMarkdown(d.agreedOn)})`);
      lines.push(`  - ${WORDS.agreed[locale]}: ${escapeMarkdown(d.agreed)}`);
      lines.push(`  - ${WORDS.reason[locale]}: ${escapeMarkdown(d.reason)}`);
      if (d.approvedBy) lines.push(`  - ${WORDS.approvedBy[locale]}: ${escapeMarkdown(d.approvedBy)}`);
    }
    lines.push('');
  }
  const g = model.guidance;
  lines.push('---', '', `## ${literal(g.heading)}`, '', ...g.notes.flatMap((n) => [`> ${escapeMarkdown(n)}`, '>']).slice(0, -1), '');
  for (const item of g.items) {
    lines.push(`### ${literal(item.heading)}`, '');
    if (item.position) lines.push(`**${WORDS.position[locale]}:** ${item.position}`, '');
    if (item.fallback.length) lines.push(`**${WORDS.fallback[locale]}:** ${item.fallback.map(inline).join(' ')}`, '');
    lines.push(`**${WORDS.plain[locale]}:** ${item.plain.map(inline).join(' ')}`, '');
    if (item.why.length) lines.push(`**${WORDS.why[locale]}:**`, '', ...item.why.map((w) => `- ${escapeMarkdown(w)}`), '');
    lines.push(`**${WORDS.basis[locale]}:** ${literal(item.basis.join('; '))}`, '');
    if (item.evidence.length) lines.push(`**${WORDS.evidence[locale]}:**`, '', ...item.evidence.map((e) => `- ${literal(e)}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The checklist as Markdown task items: must-haves with what to look for, negotiable points in one line. */
export function checklistToMarkdown(model: ChecklistModel): string {
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  for (const h of model.header) lines.push(`- **${h.label}:** ${escapeMarkdown(h.value)}`);
  lines.push('', model.intro, '');
  for (const item of model.items) lines.push(`- [ ] ★ **${literal(item.title)}**${item.text.length ? `: ${inline(item.text)}` : ''}`);
  if (model.alsoAsk.length) lines.push('', `**${WORDS.alsoAsk[model.locale]}:** ${literal(model.alsoAsk.join('; '))}.`);
  return `${lines.join('\n').trimEnd()}\n`;
}
