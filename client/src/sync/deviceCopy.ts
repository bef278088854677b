import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import type * as Y from "yjs";
import { deviceCopyName, isDeviceCopyOf } from "./deviceCopyName.ts";

/** A room's document kept in this browser's IndexedDB, so edits made offline outlive the tab. */
export interface DeviceCopy {
  /** Transaction origin of the state read back from the device. */
  origin: unknown;
  /** Resolves once the stored state is in the document: true when there was any. */
  loaded: Promise<boolean>;
  /** Stops keeping the room and deletes what was kept (edits the server will never accept). */
  discard(): void;
}

/**
 * Starts keeping `doc` on this device for `personId`, reading back what an earlier visit left
 * (the provider may connect at the same time: both are Yjs updates and merge in any order).
 * Null when the browser has no IndexedDB, in which case the room simply lives in memory.
 */
export function keepOnDevice(personId: string, room: string, doc: Y.Doc): DeviceCopy | null {
  if (typeof indexedDB === "undefined") return null;
  const persistence = new IndexeddbPersistence(deviceCopyName(personId, room), doc);
  return {
    origin: persistence,
    loaded: persistence.whenSynced.then(() => doc.store.clients.size > 0),
    discard: () => {
      persistence.clearData().catch(warnNotDeleted);
    },
  };
}

/** Deletes `personId`'s copy of `room`, if this device has one. */
export function forgetDeviceCopy(personId: string, room: string): void {
  if (typeof indexedDB === "undefined") return;
  clearDocument(deviceCopyName(personId, room)).catch(warnNotDeleted);
}

/**
 * Deletes every room `personId` kept on this device: on sign-out, so the next person at a shared
 * office computer finds none of their drafts. The deletions complete once the open rooms close.
 */
export async function forgetDeviceCopies(personId: string): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  const databases = await indexedDB.databases();
  const names = databases.flatMap(({ name }) =>
    name && isDeviceCopyOf(personId, name) ? [name] : [],
  );
  await Promise.all(names.map((name) => clearDocument(name)));
}

function warnNotDeleted(error: unknown): void {
  console.warn("Tavolo: a room kept on this device could not be deleted", error);
}
