import type { Editor } from "@tiptap/react";
import { useCallback, useMemo } from "react";
import type * as Y from "yjs";
import { useProcedure } from "../../procedure/useProcedure.ts";
import { InsertFromBoardDialog } from "./InsertFromBoardDialog.tsx";
import { insertBoardOutput } from "./insertBoardOutput.ts";

interface InsertFromBoardProps {
  editor: Editor;
  doc: Y.Doc;
  open: boolean;
  onClose: () => void;
}

/**
 * "Inserisci dalla lavagna" for the document editor: the procedure's boards, the dialog, and the
 * insertion at the cursor as this person. The focus goes back to the text when it closes.
 */
export function InsertFromBoard({ editor, doc, open, onClose }: InsertFromBoardProps) {
  const { procedure, me, rooms } = useProcedure();
  const boards = useMemo(() => rooms.filter((room) => room.kind === "lavagna"), [rooms]);
  const focusText = useCallback(() => editor.commands.focus(), [editor]);
  return (
    <InsertFromBoardDialog
      open={open}
      procedureId={procedure.id}
      boards={boards}
      onCancel={onClose}
      onClosed={focusText}
      onInsert={(board, extract) => {
        const done = insertBoardOutput(editor, doc, {
          boardId: board.id,
          boardTitle: board.title,
          extract,
          personId: me.personId,
        });
        if (done) onClose();
        return done;
      }}
    />
  );
}
