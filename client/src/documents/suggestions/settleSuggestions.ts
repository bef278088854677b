import { type SuggestionKind, suggestionKindOf } from "@tavolo/shared";
import type { Mark } from "@tiptap/pm/model";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { SUGGESTION_META } from "./suggestionMode.ts";

/** One suggestion to settle: its kind and id (pendingSuggestions lists them). */
export interface SuggestionRef {
  kind: SuggestionKind;
  id: string;
}

/**
 * Accepting an insertion or rejecting a deletion keeps the text and drops the mark; rejecting
 * an insertion or accepting a deletion removes the text. One transaction: one undo step, one
 * update the server checks as the reviewer's.
 */
export function settleSuggestions(
  state: EditorState,
  refs: readonly SuggestionRef[],
  accept: boolean,
): Transaction {
  const wanted = new Set(refs.map(({ kind, id }) => `${kind}\u0000${id}`));
  const ranges: { from: number; to: number; mark: Mark; removeText: boolean }[] = [];
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const kind = suggestionKindOf(mark.type.name);
      if (!kind || !wanted.has(`${kind}\u0000${String(mark.attrs.id)}`)) continue;
      const removeText = (kind === "insertion") !== accept;
      ranges.push({ from: pos, to: pos + node.nodeSize, mark, removeText });
    }
    return false;
  });
  const tr = state.tr.setMeta(SUGGESTION_META, true);
  for (const { from, to, mark, removeText } of ranges.reverse()) {
    if (removeText) tr.delete(tr.mapping.map(from), tr.mapping.map(to));
    else tr.removeMark(tr.mapping.map(from), tr.mapping.map(to), mark);
  }
  return tr;
}
