import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { RenderModel } from './model.js';
import { type Segment, WORDS } from './text.js';

// docx writes text into XML itself (escaping it); only control characters that XML 1.0 forbids must go.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const clean = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Runs of one paragraph: library text as written, its line breaks kept, values in bold. */
function runs(p: Segment[], options: { italics?: boolean } = {}): TextRun[] {
  return p.flatMap((s) =>
    clean(s.text)
      .split(/\r?\n/)
      .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), bold: s.value, italics: options.italics ?? false })),
  );
}

const labelled = (label: string, text: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean(text))] });

const bullet = (text: string): Paragraph => new Paragraph({ text: clean(text), bullet: { level: 0 } });

/** The pack as a Word document (.docx), ready to paste into a contract. */
export async function toDocx(model: RenderModel): Promise<Uint8Array> {
  const { locale } = model;
  const children: Paragraph[] = [
    new Paragraph({ text: clean(model.title), heading: HeadingLevel.TITLE }),
    ...model.header.map((h) => labelled(h.label, h.value)),
    new Paragraph({ children: [new TextRun({ text: clean(model.disclaimer), italics: true })] }),
  ];
  if (!model.clauses.length) children.push(new Paragraph(WORDS.none[locale]));
  for (const c of model.clauses) {
    children.push(new Paragraph({ text: clean(c.heading), heading: HeadingLevel.HEADING_2 }));
    for (const p of c.body) children.push(new Paragraph({ children: runs(p) }));
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${WORDS.plain[locale]}: `, bold: true, italics: true }),
          ...c.plain.flatMap((p, i) => [...(i ? [new TextRun(' ')] : []), ...runs(p, { italics: true })]),
        ],
      }),
    );
    if (c.why.length)
      children.push(new Paragraph({ children: [new TextRun({ text: `${WORDS.why[locale]}:`, bold: true })] }), ...c.why.map(bullet));
    children.push(labelled(WORDS.basis[locale], c.basis.join('; ')));
    if (c.evidence.length)
      children.push(
        new Paragraph({ children: [new TextRun({ text: `${WORDS.evidence[locale]}:`, bold: true })] }),
        ...c.evidence.map(bullet),
      );
  }
  const doc = new Document({
    creator: 'lsh-cyber',
    title: clean(model.title),
    description: WORDS.disclaimer[locale],
    sections: [{ children }],
  });
  return Packer.pack(doc, 'uint8array');
}
