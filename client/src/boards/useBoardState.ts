import {
  type BoardActor,
  type BoardLocks,
  createBoardUndo,
  type NoteAuthor,
  readLocks,
  readPrivateWriting,
} from "@tavolo/shared";
import { useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import type { BoardInfo } from "./boardApi.ts";
import type { BoardContextValue } from "./boardContext.ts";
import { SelectionStore } from "./selection.ts";
import type { BoardRooms } from "./useBoardRooms.ts";
import { useDocValue } from "./yHooks.ts";

const readLockState = (control: Y.Doc) => {
  const locks = readLocks(control);
  return { board: locks.board, frames: [...locks.frames].sort() };
};
const readWriting = (control: Y.Doc) => readPrivateWriting(control);

/** Builds the board context: who acts, undo of own edits, selection, locks, editing. */
export function useBoardState(info: BoardInfo, rooms: BoardRooms): BoardContextValue {
  const lockState = useDocValue(rooms.control.doc, readLockState);
  const privateWriting = useDocValue(rooms.control.doc, readWriting);
  const [editing, setEditing] = useState<string | null>(null);
  const zoom = useRef(1);
  // Destroyed with the board's Y.Doc when the rooms close (not in an effect cleanup, which
  // StrictMode runs once without unmounting and would leave a dead undo manager behind).
  const undo = useMemo(() => createBoardUndo(rooms.board.doc), [rooms.board.doc]);
  const selection = useMemo(() => new SelectionStore(), []);
  const locks = useMemo<BoardLocks>(
    () => ({ board: lockState.board, frames: new Set(lockState.frames) }),
    [lockState],
  );
  const actor = useMemo<BoardActor>(
    () => ({ personId: info.me.personId, role: info.me.role }),
    [info],
  );
  const author = useMemo<NoteAuthor>(
    () => ({
      personId: info.me.personId,
      displayName: info.me.displayName,
      organisationId: info.me.organisationId,
    }),
    [info],
  );
  const awareness = rooms.board.provider.awareness;
  useEffect(() => {
    if (awareness.getLocalState()) awareness.setLocalStateField("editing", editing);
  }, [awareness, editing]);
  return useMemo(
    () => ({
      info,
      rooms,
      actor,
      author,
      undo,
      selection,
      locks,
      privateWritingActive: privateWriting.active,
      editing,
      setEditing,
      zoom,
    }),
    [info, rooms, actor, author, undo, selection, locks, privateWriting.active, editing],
  );
}
