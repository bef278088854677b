/**
 * The one XML escaper of every export (ODT, DOCX, HTML, Markdown, SVG, PDF metadata). XML 1.0
 * allows only tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 up:
 * one other character (a vertical tab pasted from Word, a NUL from a PDF, half of a surrogate
 * pair) makes the whole file unreadable, so no text reaches a file without passing here.
 */

/** Anything that is not an XML 1.0 `Char`; with the `u` flag a lone surrogate half matches too. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Word writes a line break inside a paragraph (Shift+Enter) as U+000B, a page break as U+000C. */
const BREAKS = /[\v\f]/g;

/**
 * `text` with only characters XML allows: vertical tab and form feed become line breaks (that is
 * what they were where the text was copied from); every other forbidden character is dropped.
 */
export function xmlChars(text: string): string {
  return text.replace(BREAKS, "\n").replace(NOT_XML_CHAR, "");
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** `text` for an XML (or HTML) text node or quoted attribute value. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** `text` for a text node only (quotes left as typed): what Markdown needs to hold no HTML. */
export function escapeXmlText(text: string): string {
  return xmlChars(text).replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}

/** True when every character of `text` is an XML 1.0 `Char`. */
export function isXmlText(text: string): boolean {
  return !new RegExp(NOT_XML_CHAR.source, "u").test(text);
}
