import type { FirstAidCard } from '../card.js';
import type { Locale, Localized } from '../types.js';
import { md } from './escape.js';
import { CARD_WORDS as W } from './words.js';

/** The card as Markdown; every text is escaped so it renders literally. */
export function cardToMarkdown(card: FirstAidCard, locale: Locale): string {
  const L = (x: Localized) => md(x[locale]);
  const out: string[] = [`# ${L(card.title)}`, '', card.applies.map(L).join(' · '), '', `## ${L(W.firstMoves)}`, ''];
  out.push(...card.firstMoves.map((m, i) => `${i + 1}. ${L(m)}`));
  out.push('', `## ${L(W.bob)}`, '');
  for (const [head, items] of [
    [W.picture, card.bob.picture],
    [W.judge, card.bob.judge],
    [W.decide, card.bob.decide],
  ] as const) {
    out.push(`**${L(head)}**`, '', ...items.map((i) => `- ${L(i)}`), '');
  }
  out.push(`## ${L(W.scenarios)}`, '');
  for (const s of card.scenarios) {
    out.push(`### ${L(s.title)}`, '', ...s.do.map((d) => `- ${L(W.do)}: ${L(d)}`), ...s.dont.map((d) => `- ${L(W.dont)}: ${L(d)}`), '');
  }
  out.push(`## ${L(W.scaleUp)}`, '');
  for (const l of card.scaleUp) out.push(`- **${L(W.level)} ${l.level}:** ${L(l.when)} ${L(l.who)}`);
  out.push('', `## ${L(W.contacts)}`, '', `**${L(W.own)}**`, '');
  for (const c of card.contacts.own) {
    const name = c.name ? `**${md(c.name)}**` : `\\_\\_\\_\\_\\_\\_ (${L(W.fillIn)})`;
    out.push(`- ${name}${c.phone ? ` ${md(c.phone)}` : ''}${c.when[locale] ? `: ${L(c.when)}` : ''}`);
  }
  out.push('', `**${L(W.national)}**`, '');
  for (const c of card.contacts.national) {
    const checked = c.checkedOn ? ` (${L(W.source)}: ${md(c.source)}; ${L(W.checked)} ${md(c.checkedOn)})` : '';
    out.push(`- **${md(c.name)}**${c.phone ? ` ${md(c.phone)}` : ''}${c.url ? ` ${md(c.url)}` : ''}: ${L(c.when)}${checked}`);
  }
  out.push('', `## ${L(W.clocks)}`, '');
  if (!card.clocks.length) out.push(L(W.noClocks));
  for (const c of card.clocks) out.push(`- **${L(c.within)}:** ${L(c.title)} → ${L(c.to)} (${md(c.basis)})`);
  out.push('', `*${L(card.footer)}*`);
  return `${out.join('\n')}\n`;
}
