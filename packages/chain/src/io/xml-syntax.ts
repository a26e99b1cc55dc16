import type { ValidationIssue } from '@lsh-cyber/schema';
import { DOMParser } from '@xmldom/xmldom';

/** At most this many XML problems are listed; the rest are counted in one last issue. */
const LISTED = 20;

/**
 * The problems that make `text` (a `format` file) not well-formed XML (an unknown entity, an unquoted attribute, an
 * unclosed tag), at most {@link LISTED} of them, each at its `line:column`, then their count;
 * empty for well-formed XML. No entity is ever expanded.
 *
 * graphology's GEXF and GraphML readers parse with a parser that prints every such problem to the
 * console, one line each (a 0.23 MB file of 50,000 bad entities printed 50,000 lines), and read
 * on. They are handed only text this check passed, so they never print, and a broken file is
 * refused with its problems instead of read half. They get the text, not this parse's document:
 * they accept only a document of their own parser's class (xmldom 0.8 in Node, the browser's own
 * DOM in a browser), so the text is parsed twice; GEXF and GraphML files are small beside the
 * CSV a national chain comes in.
 */
export function xmlSyntaxIssues(text: string, format: 'GEXF' | 'GraphML'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let found = 0;
  const parser = new DOMParser({
    onError(_level, message, context) {
      found++;
      if (found > LISTED) return;
      const at = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      const where = at?.lineNumber === undefined ? '' : `${at.lineNumber}:${at.columnNumber ?? 1}`;
      const problem = String(message).trim();
      issues.push({
        path: where,
        message: `is not well-formed XML, as ${format} must be: ${problem}`,
        code: 'xml-syntax',
        params: { problem },
      });
    },
  });
  try {
    parser.parseFromString(text, 'text/xml');
  } catch {
    // A fatal error was reported to onError before the parser stopped.
  }
  if (found > LISTED)
    issues.push({
      path: '',
      message: `… and ${found - LISTED} more XML problems`,
      code: 'more-problems',
      params: { count: found - LISTED },
    });
  return issues;
}
