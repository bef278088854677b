import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import type { BoardExtract } from "../board/board-outputs.ts";
import { addBoardOutputRef, type BoardOutputRef, boardOutputNodes } from "./board-output-refs.ts";
import { documentContentJSON } from "./canonical-ydoc.ts";
import { documentContent } from "./document-shape.ts";
import { documentSchema } from "./editor-schema.ts";

/**
 * "Inserisci dalla lavagna" without an editor (scripts, the server's tests): records the
 * reference and puts the source line and the list before the top-level node at `index`, in one
 * transaction. The browser inserts at the cursor through Tiptap instead, with the same nodes.
 */
export function quoteBoardOutput(
  doc: Y.Doc,
  ref: BoardOutputRef,
  boardTitle: string,
  extract: BoardExtract,
  index: number,
): void {
  const current = documentContentJSON(doc);
  const content = [...(current.content ?? [])];
  content.splice(index, 0, ...boardOutputNodes(ref.id, boardTitle, extract));
  // Checked against the schema before anything is written: a bad node throws here.
  const next = documentSchema().nodeFromJSON({ type: "doc", content });
  next.check();
  doc.transact(() => {
    addBoardOutputRef(doc, ref);
    prosemirrorToYXmlFragment(next, documentContent(doc));
  });
}
