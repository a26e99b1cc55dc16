import { Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { ChecklistModel } from './checklist.js';
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

/** Half-points (9 pt) and twips (1.27 cm margins) that fit a checklist on one A4 page. */
const COMPACT = { size: 18, margin: 720 } as const;

const pack = (title: string, description: string, children: Paragraph[], compact = false): Promise<Uint8Array> =>
  Packer.pack(
    new Document({
      creator: 'lsh-cyber',
      title: clean(title),
      description,
      ...(compact ? { styles: { default: { document: { run: { size: COMPACT.size } } } } } : {}),
      sections: [
        {
          ...(compact
            ? {
                properties: {
                  page: { margin: { top: COMPACT.margin, right: COMPACT.margin, bottom: COMPACT.margin, left: COMPACT.margin } },
                },
              }
            : {}),
          children,
        },
      ],
    }),
    'uint8array',
  );

/** The pack as a Word document (.docx): the binding text, then on a new page the non-binding guidance annex. */
export async function toDocx(model: RenderModel): Promise<Uint8Array> {
  const { locale } = model;
  const children: Paragraph[] = [
    new Paragraph({ text: clean(model.title), heading: HeadingLevel.TITLE }),
    ...model.header.map((h) => labelled(h.label, h.value)),
  ];
  if (!model.clauses.length && !model.annexes.length) children.push(new Paragraph(WORDS.none[locale]));
  for (const c of [...model.clauses, ...model.annexes]) {
    children.push(new Paragraph({ text: clean(c.heading), heading: HeadingLevel.HEADING_2 }));
    for (const p of c.body) children.push(new Paragraph({ children: runs(p) }));
  }
  if (model.deviations) {
    const d = model.deviations;
    children.push(new Paragraph({ text: clean(d.heading), heading: HeadingLevel.HEADING_2 }), new Paragraph(d.intro));
    for (const r of d.rows)
      children.push(
        bullet(
          `${r.clause} (${r.agreedOn}): ${WORDS.agreed[locale]}: ${r.agreed}. ${WORDS.reason[locale]}: ${r.reason}${r.approvedBy ? `. ${WORDS.approvedBy[locale]}: ${r.approvedBy}` : ''}`,
        ),
      );
  }
  const g = model.guidance;
  children.push(
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ text: clean(g.heading), heading: HeadingLevel.HEADING_1 }),
    ...g.notes.map((n) => new Paragraph({ children: [new TextRun({ text: clean(n), italics: true })] })),
  );
  for (const item of g.items) {
    children.push(new Paragraph({ text: clean(item.heading), heading: HeadingLevel.HEADING_3 }));
    if (item.position) children.push(labelled(WORDS.position[locale], item.position));
    if (item.fallback.length)
      children.push(
        new Paragraph({
          children: [new TextRun({ text: `${WORDS.fallback[locale]}: `, bold: true }), ...item.fallback.flatMap((p) => runs(p))],
        }),
      );
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${WORDS.plain[locale]}: `, bold: true, italics: true }),
          ...item.plain.flatMap((p, i) => [...(i ? [new TextRun(' ')] : []), ...runs(p, { italics: true })]),
        ],
      }),
    );
    if (item.why.length)
      children.push(new Paragraph({ children: [new TextRun({ text: `${WORDS.why[locale]}:`, bold: true })] }), ...item.why.map(bullet));
    children.push(labelled(WORDS.basis[locale], item.basis.join('; ')));
    if (item.evidence.length)
      children.push(
        new Paragraph({ children: [new TextRun({ text: `${WORDS.evidence[locale]}:`, bold: true })] }),
        ...item.evidence.map(bullet),
      );
  }
  return pack(model.title, WORDS.disclaimer[locale], children);
}

/** The checklist as a one-page Word document: 9-point type, narrow margins. */
export async function checklistToDocx(model: ChecklistModel): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ text: clean(model.title), heading: HeadingLevel.HEADING_1 }),
    ...model.header.map((h) => labelled(h.label, h.value)),
    new Paragraph(clean(model.intro)),
    ...model.items.map(
      (i) =>
        new Paragraph({
          children: [
            new TextRun({ text: `☐ ★ ${clean(i.title)}`, bold: true }),
            ...(i.text.length ? [new TextRun(': '), ...runs(i.text)] : []),
          ],
        }),
    ),
  ];
  if (model.alsoAsk.length) children.push(labelled(WORDS.alsoAsk[model.locale], `${model.alsoAsk.join('; ')}.`));
  return pack(model.title, model.intro, children, true);
}
