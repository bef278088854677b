import { CloseCode, type RoomName } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { usePerson } from "../session/session.ts";
import { forgetDeviceCopy } from "./deviceCopy.ts";
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
 * destroys provider and document. When the server says the person's access changed (4509), the
 * room is opened again from the access check, so a new role (say, observer) is shown.
 * The signed-in person's copy of the room on this device is kept while they may write, and
 * deleted when the API refuses the room (withdrawn access, deleted room).
 */
export function useRoom(name: RoomName): RoomConnection {
  const [connection, setConnection] = useState<RoomConnection>({ state: "checking" });
  const personId = usePerson()?.id ?? null;
  useEffect(() => {
    const abort = new AbortController();
    let close: (() => void) | null = null;

    const connect = () => {
      setConnection({ state: "checking" });
      checkRoomAccess(name, abort.signal).then(
        (access) => {
          if (abort.signal.aborted) return;
          if (access.kind === "refused") {
            if (personId) forgetDeviceCopy(personId, name);
            setConnection({ state: "refused", reason: access.reason });
            return;
          }
          const opened = openRoom(name, {
            ...(access.kind === "allowed" ? access : { readOnly: false, title: null }),
            personId,
          });
          close = opened.close;
          opened.room.provider.on("connection-close", (event) => {
            if (event?.code !== CloseCode.accessChanged) return;
            // Leave outside the provider's own event dispatch, then start over.
            setTimeout(() => {
              if (abort.signal.aborted || close !== opened.close) return;
              opened.close();
              close = null;
              connect();
            });
          });
          setConnection({ state: "open", room: opened.room });
        },
        () => {
          // Aborted: the component left before the answer came.
        },
      );
    };

    connect();
    return () => {
      abort.abort();
      close?.();
    };
  }, [name, personId]);
  return connection;
}
