const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export const html = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] as string);

/** Text that Markdown shows literally: no emphasis, links, headings, tables or raw HTML. */
export const md = (text: string): string =>
  text
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] as string)
    // With [ escaped no link can form, so ( ) - + may stay readable: EHBO-kaart, not EHBO\-kaart.
    .replace(/[\\`*_[\]{}#!|~]/g, '\\$&')
    .replace(/\s*\r?\n\s*/g, ' ');

// docx escapes XML itself; only control characters XML 1.0 forbids must go.
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters removed
export const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
