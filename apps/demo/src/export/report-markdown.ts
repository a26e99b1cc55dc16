import type { Block } from './report-model.js';

/**
 * Escapes what Markdown would read as formatting or HTML: inline markers anywhere, and list or
 * heading markers at the start. Names come from the user, so nothing may turn into markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3');
}

const cell = (text: string) => escapeMarkdown(text);

/** The board report as Markdown. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'title':
        out.push(`# ${escapeMarkdown(b.text)}`);
        break;
      case 'heading':
        out.push(`## ${escapeMarkdown(b.text)}`);
        break;
      case 'paragraph':
        out.push(b.strong ? `**${escapeMarkdown(b.text)}**` : escapeMarkdown(b.text));
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            `| ${b.head.map(cell).join(' | ')} |`,
            `| ${b.head.map(() => '---').join(' | ')} |`,
            ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
