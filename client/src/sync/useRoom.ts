import { CloseCode, type RefusalRule, type RoomName, refusalRuleOf } from "@tavolo/shared";
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
 * room is opened again from the access check, so a new role (say, observer) is shown. When the
 * server refused a change made here (4422), the change is still in this page's document and in
 * this device's copy, and would only be sent and refused again: both are dropped and the room
 * is opened afresh from the server's state, with the refusal explained in the status bar.
 * The signed-in person's copy of the room on this device is kept while they may write, and
 * deleted when the API refuses the room (withdrawn access, deleted room).
 */
export function useRoom(name: RoomName): RoomConnection {
  const [connection, setConnection] = useState<RoomConnection>({ state: "checking" });
  const personId = usePerson()?.id ?? null;
  useEffect(() => {
    const abort = new AbortController();
    let close: (() => void) | null = null;

    const connect = (refusedChange: RefusalRule | null = null) => {
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
            refusedChange,
          });
          close = opened.close;
          opened.room.provider.on("connection-close", (event) => {
            const refused = event?.code === CloseCode.updateRefused;
            if (event?.code !== CloseCode.accessChanged && !refused) return;
            // Leave outside the provider's own event dispatch, then start over.
            setTimeout(async () => {
              if (abort.signal.aborted || close !== opened.close) return;
              opened.close();
              close = null;
              if (refused && personId) await forgetDeviceCopy(personId, name);
              if (abort.signal.aborted) return;
              connect(refused ? (refusalRuleOf(event.reason) ?? "unverifiable") : null);
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
