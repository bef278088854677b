import { DOCUMENT_NODE, type PMNodeJSON, stringAttr } from "./prosemirror-json.ts";
import {
  readSuggestionAttrs,
  type SuggestionAttrs,
  type SuggestionKind,
  suggestionKindOf,
} from "./suggestion-marks.ts";

/** One pending suggestion as a reader lists it: its pieces' text joined, in reading order. */
export interface PendingSuggestion extends SuggestionAttrs {
  kind: SuggestionKind;
  /** The section it sits in (null: before the first section heading). */
  sectionKey: string | null;
  text: string;
}

function suggestionMarks(node: PMNodeJSON): { kind: SuggestionKind; attrs: SuggestionAttrs }[] {
  return (node.marks ?? []).flatMap((mark) => {
    const kind = suggestionKindOf(mark.type);
    const attrs = readSuggestionAttrs(mark.attrs);
    return kind && attrs ? [{ kind, attrs }] : [];
  });
}

/** Every pending suggestion of a document, in reading order, pieces of one id joined. */
export function pendingSuggestions(doc: PMNodeJSON): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion>();
  let sectionKey: string | null = null;
  const visit = (node: PMNodeJSON): void => {
    for (const { kind, attrs } of suggestionMarks(node)) {
      const key = `${kind}\u0000${attrs.id}`;
      const known = found.get(key);
      if (known) known.text += node.text ?? "";
      else found.set(key, { ...attrs, kind, sectionKey, text: node.text ?? "" });
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const block of doc.content ?? []) {
    if (block.type === DOCUMENT_NODE.sectionHeading) sectionKey = stringAttr(block, "sectionKey");
    visit(block);
  }
  return [...found.values()];
}

/**
 * The text as if every pending suggestion were rejected: proposed insertions dropped, text
 * proposed for deletion kept without its mark. This is what a freeze takes.
 */
export function withoutSuggestions(node: PMNodeJSON): PMNodeJSON {
  const content = node.content?.flatMap((child): PMNodeJSON[] => {
    const kinds = suggestionMarks(child).map(({ kind }) => kind);
    if (kinds.includes("insertion")) return [];
    return [withoutSuggestions(child)];
  });
  const marks = node.marks?.filter((mark) => suggestionKindOf(mark.type) === null);
  const result: PMNodeJSON = { ...node };
  if (content) result.content = content;
  if (marks) {
    if (marks.length > 0) result.marks = marks;
    else delete result.marks;
  }
  return result;
}
