import { escapeXmlText } from "@tavolo/shared";

/** The characters CommonMark lets a backslash make literal that start inline syntax. */
const INLINE = /[\\`*_[\]|~]/g;
/** What makes a line a heading, list item, rule or setext underline when it starts it. */
const BLOCK_START = /^(#{1,6}(?=\s|$)|[-+](?=\s|$)|=+(?=\s*$)|-+(?=\s*$)|\d{1,9}(?=[.)](\s|$)))/;

function line(text: string): string {
  const leading = /^ */.exec(text)?.[0].length ?? 0;
  const body = escapeXmlText(text.slice(leading)).replace(INLINE, "\\$&");
  const literal = BLOCK_START.test(body)
    ? body.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
    : body;
  // Four leading spaces would make a code block: keep the spaces, as entities.
  return "&#32;".repeat(leading) + literal;
}

/**
 * `text` as Markdown prints it literally: raw HTML escaped by the one XML escaper, inline syntax
 * (emphasis, links, code) and line-start markers (headings, lists, quotes) backslash-escaped,
 * so that a paragraph reads in the export exactly as it was agreed.
 */
export function markdownText(text: string): string {
  return text.split("\n").map(line).join("\n");
}
