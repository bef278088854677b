import { canonicalString } from "./canonical-json.ts";
import { DOCUMENT_NODE, type PMMarkJSON, type PMNodeJSON } from "./prosemirror-json.ts";

/**
 * The canonical form of a document's text, so that the same agreed text always gives the same
 * impronta, whichever client wrote it and whichever binding read it out of Yjs. The rules change
 * nothing a reader can see, and nothing else:
 *
 * C1 Nodes keep only type, attrs, content, marks and text; object keys are sorted when
 *    serialised (canonical-json.ts).
 * C2 Attributes whose value is null or undefined are left out (y-tiptap never stores them, the
 *    editor's getJSON() writes them); empty attrs, content and marks are left out.
 * C3 Text is NFC-normalised and CR LF or a lone CR becomes LF. Nothing else: no trimming, no
 *    collapsing of spaces, non-breaking spaces kept, because spaces count toward the limits
 *    and the frozen text must be the text the partners read.
 * C4 Empty text nodes are dropped; neighbouring text nodes with the same marks are joined
 *    (before NFC, so a letter and its accent split across nodes normalise together).
 * C5 Marks are sorted by type, then by their canonical attrs; repeated identical marks kept
 *    once. Marks that are not content (NON_CONTENT_MARKS: comment highlights) are dropped.
 * C6 Empty paragraphs at the very end of the document are dropped (the editor keeps one there to
 *    type into), but never the last block, so the result is still a valid document. Empty
 *    paragraphs anywhere else are kept: they are visible space in the text.
 * C7 Attribute values and node and mark types are kept exactly as they are.
 */
export const NON_CONTENT_MARKS: ReadonlySet<string> = new Set(["comment"]);

function definedAttrs(attrs: Record<string, unknown> | undefined) {
  if (!attrs) return undefined;
  const entries = Object.entries(attrs).filter(
    ([, value]) => value !== null && value !== undefined,
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The object without its undefined properties (Object.fromEntries loses the type). */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Marks by rule C5; undefined when none are left. */
export function canonicalMarks(marks: readonly PMMarkJSON[] | undefined): PMMarkJSON[] | undefined {
  const byKey = new Map<string, PMMarkJSON>();
  for (const mark of marks ?? []) {
    if (NON_CONTENT_MARKS.has(mark.type)) continue;
    const clean = compact({ type: mark.type, attrs: definedAttrs(mark.attrs) });
    byKey.set(canonicalString(clean), clean);
  }
  const sorted = [...byKey.entries()].sort(([a, ma], [b, mb]) =>
    ma.type === mb.type ? (a < b ? -1 : a > b ? 1 : 0) : ma.type < mb.type ? -1 : 1,
  );
  return sorted.length > 0 ? sorted.map(([, mark]) => mark) : undefined;
}

/** Text by rule C3. */
export function canonicalText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}

function marksKey(node: PMNodeJSON): string {
  return canonicalString(node.marks ?? []);
}

/** Rule C4 over one node's children, which already have canonical marks. */
function joinTextNodes(children: PMNodeJSON[]): PMNodeJSON[] {
  const joined: PMNodeJSON[] = [];
  for (const child of children) {
    if (child.type === DOCUMENT_NODE.text && !child.text) continue;
    const previous = joined.at(-1);
    if (
      child.type === DOCUMENT_NODE.text &&
      previous?.type === DOCUMENT_NODE.text &&
      marksKey(previous) === marksKey(child)
    ) {
      joined[joined.length - 1] = {
        ...previous,
        text: `${previous.text ?? ""}${child.text ?? ""}`,
      };
    } else {
      joined.push(child);
    }
  }
  return joined.map((node) =>
    node.type === DOCUMENT_NODE.text ? { ...node, text: canonicalText(node.text ?? "") } : node,
  );
}

function canonicalNodeShallow(node: PMNodeJSON): PMNodeJSON {
  const content = node.content ? joinTextNodes(node.content.map(canonicalNodeShallow)) : [];
  return compact({
    type: node.type,
    attrs: definedAttrs(node.attrs),
    content: content.length > 0 ? content : undefined,
    marks: canonicalMarks(node.marks),
    text: node.type === DOCUMENT_NODE.text ? (node.text ?? "") : undefined,
  });
}

function isEmptyParagraph(node: PMNodeJSON): boolean {
  return node.type === DOCUMENT_NODE.paragraph && (node.content ?? []).length === 0;
}

/** A ProseMirror document (or any node) in canonical form, by rules C1–C7. */
export function canonicalContent(doc: PMNodeJSON): PMNodeJSON {
  const result = canonicalNodeShallow(doc);
  if (result.type !== DOCUMENT_NODE.doc || !result.content) return result;
  const content = [...result.content];
  while (content.length > 1) {
    const last = content.at(-1);
    if (!last || !isEmptyParagraph(last)) break;
    content.pop();
  }
  return { ...result, content };
}
