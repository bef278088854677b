import {
  anchorFromRange,
  type CommentAnchor,
  DOCUMENT_NODE,
  type ProsemirrorMapping,
} from "@tavolo/shared";
import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";

/** A thread about to be written: where it points, what it quotes, which section holds it. */
export interface CommentDraft {
  anchor: CommentAnchor;
  quote: string;
  sectionKey: string | null;
  from: number;
  to: number;
}

/** The key of the section that holds `pos`: the last section heading before it. */
export function sectionKeyAt(doc: PMNode, pos: number): string | null {
  let key: string | null = null;
  doc.forEach((node, offset) => {
    if (offset > pos || node.type.name !== DOCUMENT_NODE.sectionHeading) return;
    const sectionKey = node.attrs.sectionKey;
    key = typeof sectionKey === "string" ? sectionKey : null;
  });
  return key;
}

/**
 * A draft for the editor's current selection, or null when nothing is selected (a comment is
 * always about some text) or the text is not bound to the room yet.
 */
export function draftFromSelection(editor: Editor): CommentDraft | null {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  const ystate = ySyncPluginKey.getState(state) as
    | { type?: Y.XmlFragment; binding?: { mapping: ProsemirrorMapping } | null }
    | undefined;
  if (empty || !ystate?.type || !ystate.binding) return null;
  const quote = state.doc.textBetween(from, to, " ", " ").trim();
  if (quote === "") return null;
  return {
    anchor: anchorFromRange(ystate.type, ystate.binding.mapping, state.doc, { from, to }),
    quote,
    sectionKey: sectionKeyAt(state.doc, from),
    from,
    to,
  };
}
