import { type CommentThread, documentComments, readThreads, type TextRange } from "@tavolo/shared";
import { type Editor, useEditorState } from "@tiptap/react";
import type * as Y from "yjs";
import { useYSnapshot } from "../useYSnapshot.ts";
import { commentHighlightsKey } from "./commentHighlights.ts";

/** Every valid thread of the document, read again as anyone comments. */
export function useCommentThreads(doc: Y.Doc): CommentThread[] {
  return useYSnapshot(documentComments(doc), () => readThreads(doc));
}

const NO_RANGES: ReadonlyMap<string, TextRange | null> = new Map();

/** Where each open thread's text lies in the editor now (null: the text was deleted). */
export function useCommentRanges(editor: Editor): ReadonlyMap<string, TextRange | null> {
  return useEditorState({
    editor,
    selector: ({ editor: current }) =>
      commentHighlightsKey.getState(current.state)?.ranges ?? NO_RANGES,
  });
}
