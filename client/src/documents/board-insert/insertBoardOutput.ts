import {
  addBoardOutputRef,
  type BoardExtract,
  type BoardOutputRef,
  boardOutputNodes,
  DOCUMENT_NODE,
} from "@tavolo/shared";
import type { Editor } from "@tiptap/core";
import { NodeSelection } from "@tiptap/pm/state";
import type * as Y from "yjs";

/**
 * Where the list goes: at the cursor, except that it never lands inside a section heading or
 * over a selected structured block (ProtectStructure would refuse the edit): then just after.
 */
function insertionPoint(editor: Editor): number | null {
  const { selection } = editor.state;
  if (selection instanceof NodeSelection) return selection.to;
  const { $from } = selection;
  if ($from.parent.type.name === DOCUMENT_NODE.sectionHeading) return $from.after();
  return null;
}

/**
 * Records the reference in the document's `boardOutputs` map, then inserts the source line and
 * the list at the cursor as one edit of this person (so undo takes it back). Returns false when
 * the editor refused the insertion; the reference then stays unused, which freezes nothing.
 */
export function insertBoardOutput(
  editor: Editor,
  doc: Y.Doc,
  input: { boardId: string; boardTitle: string; extract: BoardExtract; personId: string },
): boolean {
  const ref: BoardOutputRef = {
    id: crypto.randomUUID(),
    boardId: input.boardId,
    source: input.extract.source,
    heading: input.extract.heading,
    insertedBy: input.personId,
    insertedAt: new Date().toISOString(),
  };
  addBoardOutputRef(doc, ref);
  const nodes = boardOutputNodes(ref.id, input.boardTitle, input.extract);
  const at = insertionPoint(editor);
  const chain = editor.chain().focus();
  return (at === null ? chain.insertContent(nodes) : chain.insertContentAt(at, nodes)).run();
}
