import type { BoardActor, BoardLocks, LocalUndo, NoteAuthor } from "@tavolo/shared";
import { createContext, useContext } from "react";
import type { BoardInfo } from "./boardApi.ts";
import type { SelectionStore } from "./selection.ts";
import type { BoardRooms } from "./useBoardRooms.ts";

/** What every part of an open board shares: its rooms, who is acting, undo and selection. */
export interface BoardContextValue {
  info: BoardInfo;
  rooms: BoardRooms;
  actor: BoardActor;
  author: NoteAuthor;
  undo: LocalUndo;
  selection: SelectionStore;
  locks: BoardLocks;
  privateWritingActive: boolean;
  /** Note being edited here (one at a time), or null. */
  editing: string | null;
  setEditing: (id: string | null) => void;
  /** The zoom now, read while dragging (kept out of the context so zooming re-renders no note). */
  zoom: { current: number };
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error("useBoard is only for components inside an open board");
  return value;
}
