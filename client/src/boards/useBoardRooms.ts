import { useEffect, useState } from "react";
import { openRoom, type Room } from "../sync/openRoom.ts";
import type { BoardInfo } from "./boardApi.ts";

/** The open rooms of one board family, as this person may open them. */
export interface BoardRooms {
  board: Room;
  control: Room;
  /** Drafts of private writing and personal ballots; null for observers. */
  private: Room | null;
  /** The organisation's ballots; null without an organisation. */
  organisation: Room | null;
}

/**
 * Opens the board's rooms for as long as the component is mounted: the board itself (read-only
 * for observers), the control room (read-only unless facilitator), and the person's own private
 * and organisation rooms. The server enforces the same rules; this only avoids sending refused
 * edits.
 */
export function useBoardRooms(info: BoardInfo): BoardRooms | null {
  const [rooms, setRooms] = useState<BoardRooms | null>(null);
  useEffect(() => {
    const observer = info.me.role === "osservatore";
    const opened: { close: () => void }[] = [];
    const open = (name: string, readOnly: boolean) => {
      const result = openRoom(name, {
        readOnly,
        title: info.board.title,
        personId: info.me.personId,
      });
      opened.push(result);
      return result.room;
    };
    setRooms({
      board: open(info.rooms.board, observer),
      control: open(info.rooms.control, info.me.role !== "facilitatore"),
      private: info.rooms.private ? open(info.rooms.private, false) : null,
      organisation: info.rooms.organisation ? open(info.rooms.organisation, false) : null,
    });
    return () => {
      for (const room of opened) room.close();
      setRooms(null);
    };
  }, [info]);
  return rooms;
}
