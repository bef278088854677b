import type { RoomName } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { openRoom, type Room } from "./openRoom.ts";
import { checkRoomAccess, type RoomRefusal } from "./roomAccess.ts";

export type { Room } from "./openRoom.ts";

export type RoomConnection =
  | { state: "checking" }
  | { state: "refused"; reason: RoomRefusal }
  | { state: "open"; room: Room };

/**
 * Opens a room for as long as the component is mounted (or until the name changes): first asks
 * the API whether this session may open it, then connects; on unmount it leaves the room and
 * destroys provider and document.
 */
export function useRoom(name: RoomName): RoomConnection {
  const [connection, setConnection] = useState<RoomConnection>({ state: "checking" });
  useEffect(() => {
    const abort = new AbortController();
    let close: (() => void) | null = null;
    setConnection({ state: "checking" });
    checkRoomAccess(name, abort.signal).then(
      (access) => {
        if (abort.signal.aborted) return;
        if (access.kind === "refused") {
          setConnection({ state: "refused", reason: access.reason });
          return;
        }
        const opened = openRoom(
          name,
          access.kind === "allowed" ? access : { readOnly: false, title: null },
        );
        close = opened.close;
        setConnection({ state: "open", room: opened.room });
      },
      () => {
        // Aborted: the component left before the answer came.
      },
    );
    return () => {
      abort.abort();
      close?.();
    };
  }, [name]);
  return connection;
}
