import { escapeXmlText } from "@tavolo/shared";

/** The characters CommonMark lets a backslash make literal that start inline syntax. */
const INLINE = /[\\`*_[\]|~]/g;
/** What makes a line a heading, list item, rule or setext underline when it starts it. */
const BLOCK_START = /^(#{1,6}(?=\s|$)|[-+](?=\s|$)|=+(?=\s*$)|-+(?=\s*$)|\d{1,9}(?=[.)](\s|$)))/;

/** Text inside a line, literal: raw HTML escaped, inline syntax backslash-escaped. */
export function inlineLiteral(text: string): string {
  return escapeXmlText(text).replace(INLINE, "\\$&");
}

/**
 * A line already escaped by `inlineLiteral`, with what would make it a heading, list item or
 * rule escaped too, and its leading spaces (four would make a code block) as entities.
 */
export function lineLiteral(escaped: string): string {
  const leading = /^ */.exec(escaped)?.[0].length ?? 0;
  const body = escaped.slice(leading);
  const literal = BLOCK_START.test(body)
    ? body.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
    : body;
  return "&#32;".repeat(leading) + literal;
}

/**
 * `text` as Markdown prints it literally: raw HTML escaped by the one XML escaper, inline syntax
 * (emphasis, links, code) and line-start markers (headings, lists, quotes) backslash-escaped,
 * so that a paragraph reads in the export exactly as it was agreed.
 */
export function markdownText(text: string): string {
  return text
    .split("\n")
    .map((line) => lineLiteral(inlineLiteral(line)))
    .join("\n");
}
