import type { RoomStatus } from "./roomStatus.ts";

/** The connection as people are told about it. */
export type ConnectionView =
  | "connecting"
  | "connected"
  | "offline"
  | "reconnecting"
  /** The server could not store edits (its disk is full): they wait on this device. */
  | "serverCannotStore"
  | "refused";

/** Where this person's edits are, as people are told about it. */
export type SaveView =
  /** Nothing stored is shown yet. */
  | "loading"
  /** On their way to the server, which has not confirmed them yet. */
  | "saving"
  /** Every edit made here is stored on the server. */
  | "saved"
  /** Being written to this device (offline): not yet safe from a closed tab. */
  | "storing"
  /** Kept on this device until the connection comes back. */
  | "onDevice"
  /** Only in this page's memory (the browser keeps no copy): lost if the tab closes. */
  | "inMemory"
  /** The server refused the room for good: edits not stored there are lost. */
  | "unsaved";

export interface RoomStatusView {
  connection: ConnectionView;
  save: SaveView;
  /** Edits waiting for the server, when counted (0: none, or not known). */
  pendingEdits: number;
}

/**
 * What the status bar says. "Offline" means the browser reports no network; a connection lost
 * with the network up (server restarting, wifi without internet) is "reconnecting". Either way
 * edits stay on the device, and only a confirmation from the server makes them "saved".
 */
export function viewRoomStatus(status: RoomStatus): RoomStatusView {
  return {
    connection: connectionView(status),
    save: saveView(status),
    pendingEdits: status.pendingChanges ? status.pendingEdits : 0,
  };
}

function connectionView(status: RoomStatus): ConnectionView {
  if (status.refused) return "refused";
  if (status.serverCannotStore) return "serverCannotStore";
  if (status.connection === "connected") return "connected";
  if (!status.online) return "offline";
  return status.connection === "disconnected" ? "reconnecting" : "connecting";
}

function saveView(status: RoomStatus): SaveView {
  if (status.refused) return status.pendingChanges ? "unsaved" : "saved";
  if (!status.loaded) return "loading";
  if (!status.pendingChanges) return "saved";
  if (status.connection === "connected") return "saving";
  if (status.device === "none") return "inMemory";
  return status.device === "writing" ? "storing" : "onDevice";
}
