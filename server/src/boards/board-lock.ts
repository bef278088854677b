import { boardControlRoom, readLocks, setBoardLock } from "@tavolo/shared";
import type { RoomEditor } from "../procedures/deps.ts";
import type { BoardLockReader } from "./board-access.ts";

/** Reads a board's lock from its control room, through the registry. */
export function boardLockReader(rooms: RoomEditor): BoardLockReader {
  return (boardId) =>
    rooms.editRooms([boardControlRoom(boardId)], ([control]) =>
      control ? readLocks(control).board : false,
    );
}

/** Locks or unlocks a board in its control room (stored and relayed like any edit). */
export function writeBoardLock(rooms: RoomEditor, boardId: string, locked: boolean) {
  return rooms.editRooms([boardControlRoom(boardId)], ([control]) => {
    if (control) setBoardLock(control, locked);
  });
}
