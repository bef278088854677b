import { isFinalCloseCode, type RefusalRule, type RoomName } from "@tavolo/shared";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type DeviceCopy, forgetDeviceCopy, keepOnDevice } from "./deviceCopy.ts";
import { reconnectWithNetwork } from "./network.ts";
import { RoomStatusStore } from "./roomStatus.ts";
import { SaveTracker } from "./saveTracker.ts";
import { syncServerUrl } from "./syncServerUrl.ts";

/** One open room: its document, the provider syncing it, and what to show about both. */
export interface Room {
  name: RoomName;
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: RoomStatusStore;
  /** The server lets this person read but not write (the server drops their updates anyway). */
  readOnly: boolean;
  /** What people call the room, when the API told; the room name otherwise. */
  title: string;
}

export interface OpenRoomOptions {
  readOnly: boolean;
  title: string | null;
  /** The signed-in person, whose copy of the room this device keeps; null keeps none. */
  personId: string | null;
  /** The rule a change made before this reopening broke, to explain it (see useRoom). */
  refusedChange?: RefusalRule | null;
}

/**
 * Connects to a room on the Tavolo server with the stock y-websocket provider, and keeps the
 * room on this device (IndexedDB) so edits made offline survive a closed tab and are sent on
 * reconnect. Cross-tab BroadcastChannel sync is off: every tab goes through the server, so
 * "saved" always means stored on the server. Returns the room and the function that leaves it.
 */
export function openRoom(
  name: RoomName,
  { readOnly, title, personId, refusedChange = null }: OpenRoomOptions,
): { room: Room; close: () => void } {
  const doc = new Y.Doc();
  const device = deviceCopyFor(name, doc, { readOnly, personId });
  const provider = new WebsocketProvider(syncServerUrl(), name, doc, {
    disableBc: true,
    shouldReconnect: (event) => !isFinalCloseCode(event.code),
  });
  // Refused for good (access withdrawn, signed out, document too large): what this device
  // kept could only be sent again and refused again, and the person may no longer read it.
  if (device) provider.on("closed", () => device.discard());
  const stopFollowingNetwork = reconnectWithNetwork(provider);
  const saves = new SaveTracker(provider, doc, device?.origin);
  const status = new RoomStatusStore(provider, saves, device, refusedChange);
  const close = () => {
    stopFollowingNetwork();
    device?.stop();
    status.destroy();
    saves.destroy();
    provider.awareness.setLocalState(null); // tell the others now, not after a timeout
    provider.destroy();
    doc.destroy(); // also closes the device copy, which keeps what it stored
  };
  return { room: { name, doc, provider, status, readOnly, title: title ?? name }, close };
}

/**
 * Only a person who may write keeps a room on the device. A read-only person (an observer, a
 * partner in a control room) has no edit the server would accept, so a copy would only leave a
 * procedure's drafts on a possibly shared computer; a copy left from when they could write is
 * deleted, since its unsent edits can never be accepted now.
 */
function deviceCopyFor(
  name: RoomName,
  doc: Y.Doc,
  { readOnly, personId }: Pick<OpenRoomOptions, "readOnly" | "personId">,
): DeviceCopy | null {
  if (personId === null) return null;
  if (!readOnly) return keepOnDevice(personId, name, doc);
  forgetDeviceCopy(personId, name);
  return null;
}
