import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { FirstAidCard } from '../card.js';
import type { Locale, Localized } from '../types.js';
import { xmlSafe } from './escape.js';
import { CARD_WORDS as W } from './words.js';

const heading = (text: string) => new Paragraph({ text: xmlSafe(text), heading: HeadingLevel.HEADING_2 });
const bullet = (parts: Array<{ text: string; bold?: boolean }>) =>
  new Paragraph({ bullet: { level: 0 }, children: parts.map((p) => new TextRun({ text: xmlSafe(p.text), bold: p.bold ?? false })) });

/** The card as a Word document (.docx), for an organisation that wants to edit it further. */
export async function cardToDocx(card: FirstAidCard, locale: Locale): Promise<Uint8Array> {
  const L = (x: Localized) => x[locale];
  const children: Paragraph[] = [
    new Paragraph({ text: xmlSafe(L(card.title)), heading: HeadingLevel.TITLE }),
    new Paragraph(xmlSafe(card.applies.map(L).join(' · '))),
    heading(L(W.firstMoves)),
    ...card.firstMoves.map((m, i) => new Paragraph({ children: [new TextRun({ text: xmlSafe(`${i + 1}. ${L(m)}`), bold: true })] })),
    heading(L(W.bob)),
  ];
  for (const [head, items] of [
    [W.picture, card.bob.picture],
    [W.judge, card.bob.judge],
    [W.decide, card.bob.decide],
  ] as const) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: xmlSafe(L(head)), bold: true })] }),
      ...items.map((i) => bullet([{ text: L(i) }])),
    );
  }
  children.push(heading(L(W.scenarios)));
  for (const s of card.scenarios) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: xmlSafe(L(s.title)), bold: true })] }),
      ...s.do.map((d) => bullet([{ text: `${L(W.do)}: `, bold: true }, { text: L(d) }])),
      ...s.dont.map((d) => bullet([{ text: `${L(W.dont)}: `, bold: true }, { text: L(d) }])),
    );
  }
  children.push(
    heading(L(W.scaleUp)),
    ...card.scaleUp.map((l) => bullet([{ text: `${L(W.level)} ${l.level}: `, bold: true }, { text: `${L(l.when)} ${L(l.who)}` }])),
  );
  children.push(heading(L(W.contacts)), new Paragraph({ children: [new TextRun({ text: xmlSafe(L(W.own)), bold: true })] }));
  for (const c of card.contacts.own)
    children.push(
      bullet([
        { text: c.name || `______ (${L(W.fillIn)})`, bold: true },
        { text: `${c.phone ? ` ${c.phone}` : ''}${c.when[locale] ? `: ${L(c.when)}` : ''}` },
      ]),
    );
  children.push(new Paragraph({ children: [new TextRun({ text: xmlSafe(L(W.national)), bold: true })] }));
  for (const c of card.contacts.national) {
    const checked = c.checkedOn ? ` (${L(W.source)}: ${c.source}; ${L(W.checked)} ${c.checkedOn})` : '';
    children.push(
      bullet([
        { text: c.name, bold: true },
        { text: `${c.phone ? ` ${c.phone}` : ''}${c.url ? ` ${c.url}` : ''}: ${L(c.when)}${checked}` },
      ]),
    );
  }
  children.push(heading(L(W.clocks)));
  if (!card.clocks.length) children.push(new Paragraph(xmlSafe(L(W.noClocks))));
  for (const c of card.clocks)
    children.push(bullet([{ text: `${L(c.within)}: `, bold: true }, { text: `${L(c.title)} → ${L(c.to)} (${c.basis})` }]));
  children.push(new Paragraph({ children: [new TextRun({ text: xmlSafe(L(card.footer)), italics: true })] }));
  const doc = new Document({ creator: 'lsh-cyber', title: xmlSafe(L(card.title)), sections: [{ children }] });
  return Packer.pack(doc, 'uint8array');
}
