import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block } from './report-model.js';

/**
 * The board report as a Word document. This module pulls in the `docx` package, so it is only
 * ever loaded with a dynamic import when the user asks for the file.
 */
export async function blocksToDocx(blocks: readonly Block[], language: 'nl' | 'en'): Promise<Blob> {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'title':
        children.push(new Paragraph({ text: b.text, heading: HeadingLevel.TITLE }));
        break;
      case 'heading':
        children.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: b.strong ?? false })] }));
        break;
      case 'list':
        for (const item of b.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: b.head.map(
                  (h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] }),
                ),
              }),
              ...b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
            ],
          }),
        );
        children.push(new Paragraph(''));
        break;
    }
  }
  const title = blocks.find((b): b is Extract<Block, { type: 'title' }> => b.type === 'title');
  const doc = new Document({
    creator: 'lsh-cyber demo',
    title: title?.text ?? 'Report',
    styles: { default: { document: { run: { language: { value: language === 'nl' ? 'nl-NL' : 'en-GB' } } } } },
    sections: [{ children }],
  });
  return Packer.toBlob(doc);
}
