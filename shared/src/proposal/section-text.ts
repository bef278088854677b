import { DOCUMENT_NODE, type PMNodeJSON, stringAttr } from "./prosemirror-json.ts";

/**
 * How Tavolo counts "max 3000 caratteri (spazi inclusi)", the same in the editor and on the
 * server:
 *
 * 1. A section is everything after its section heading up to the next one; the heading itself
 *    (the form's field name) is not counted.
 * 2. Each paragraph, heading or list item's paragraph is one line; lines are joined by one line
 *    break, and a hard break (Shift+Enter) is one line break. Empty lines at the start and end
 *    of the section are not counted, empty lines in between are.
 * 3. Every character counts, spaces and line breaks included, as a form's text box counts them
 *    when the text is pasted in; list bullets and numbers, which the form does not receive, do
 *    not. Structured blocks (tables) count nothing: forms take them as attachments.
 * 4. Text is NFC-normalised first, then counted in Unicode code points, so "è" is one character
 *    however it was typed, as a person would count it.
 *
 * The count is at least Word's "caratteri (spazi inclusi)", which skips paragraph breaks: a
 * section within the limit here is within it on a form that counts the same way or more kindly.
 */
export interface SectionText {
  /** null for any text before the first section heading. */
  sectionKey: string | null;
  text: string;
}

const TEXTBLOCKS: ReadonlySet<string> = new Set([
  DOCUMENT_NODE.paragraph,
  "heading",
  DOCUMENT_NODE.sectionHeading,
  "codeBlock",
]);

function isTextblock(node: PMNodeJSON): boolean {
  if (TEXTBLOCKS.has(node.type)) return true;
  return (node.content ?? []).some(
    (child) => child.type === DOCUMENT_NODE.text || child.type === DOCUMENT_NODE.hardBreak,
  );
}

function inlineText(node: PMNodeJSON): string {
  return (node.content ?? [])
    .map((child) => (child.type === DOCUMENT_NODE.hardBreak ? "\n" : (child.text ?? "")))
    .join("");
}

function collectLines(node: PMNodeJSON, lines: string[]): void {
  if (isTextblock(node)) {
    lines.push(inlineText(node));
    return;
  }
  for (const child of node.content ?? []) collectLines(child, lines);
}

/** The plain text of some block nodes, by rule 2 above. */
export function plainText(nodes: readonly PMNodeJSON[]): string {
  const lines: string[] = [];
  for (const node of nodes) collectLines(node, lines);
  return lines.join("\n").replace(/^\n+|\n+$/g, "");
}

/** Characters by rule 4 above: NFC, then Unicode code points, spaces and line breaks included. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text.normalize("NFC")) count += 1;
  return count;
}

/** The top-level nodes of a document grouped by section, in document order. */
export function splitSections(
  doc: PMNodeJSON,
): { sectionKey: string | null; nodes: PMNodeJSON[] }[] {
  const sections: { sectionKey: string | null; nodes: PMNodeJSON[] }[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === DOCUMENT_NODE.sectionHeading) {
      sections.push({ sectionKey: stringAttr(node, "sectionKey"), nodes: [] });
      continue;
    }
    const current = sections.at(-1);
    if (current) current.nodes.push(node);
    else sections.push({ sectionKey: null, nodes: [node] });
  }
  return sections;
}

/** Each section's plain text, in document order. */
export function sectionTexts(doc: PMNodeJSON): SectionText[] {
  return splitSections(doc).map(({ sectionKey, nodes }) => ({
    sectionKey,
    text: plainText(nodes),
  }));
}

/**
 * Characters per section key. A key that appears twice (a heading pasted again) adds both
 * parts, so copying a heading never hides text from the limit.
 */
export function sectionCharCounts(doc: PMNodeJSON): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { sectionKey, text } of sectionTexts(doc)) {
    if (sectionKey === null) continue;
    counts[sectionKey] = (counts[sectionKey] ?? 0) + countCharacters(text);
  }
  return counts;
}

export interface OverLimitSection {
  sectionKey: string;
  count: number;
  limit: number;
  excess: number;
}

/** The sections longer than their limit (sections without a limit are never over it). */
export function overLimitSections(
  doc: PMNodeJSON,
  limits: Readonly<Record<string, number | null | undefined>>,
): OverLimitSection[] {
  return Object.entries(sectionCharCounts(doc)).flatMap(([sectionKey, count]) => {
    const limit = limits[sectionKey];
    return typeof limit === "number" && count > limit
      ? [{ sectionKey, count, limit, excess: count - limit }]
      : [];
  });
}
