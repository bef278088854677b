import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import type * as Y from "yjs";
import { deviceCopyName, isDeviceCopyOf } from "./deviceCopyName.ts";

/** How long edits may pause before the copy checks that IndexedDB committed them. */
const CHECK_DELAY_MS = 50;

/**
 * A room's document kept in this browser's IndexedDB, so edits made offline outlive the tab.
 * y-indexeddb writes each update in its own transaction and says nothing when it commits, so
 * the copy queues one more read-write transaction on the same store after a burst of edits:
 * IndexedDB runs overlapping transactions in order, so when that one completes, every edit
 * before it is on disk, and only then does the page say the edits are saved on this device.
 */
export class DeviceCopy {
  private readonly persistence: IndexeddbPersistence;
  private unwritten = false;
  private editsSinceCheck = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  /** Resolves once the stored state is in the document: true when there was any. */
  readonly loaded: Promise<boolean>;

  constructor(
    name: string,
    private readonly doc: Y.Doc,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    this.loaded = this.persistence.whenSynced.then(() => doc.store.clients.size > 0);
    doc.on("update", this.onUpdate); // after y-indexeddb's own handler: its write goes first
  }

  /** Transaction origin of the state read back from the device. */
  get origin(): unknown {
    return this.persistence;
  }

  /** Some change to the document may not be committed to IndexedDB yet. */
  get writing(): boolean {
    return this.unwritten;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops keeping the room and deletes what was kept (edits the server will never accept). */
  discard(): void {
    this.stop();
    this.persistence.clearData().catch(warnNotDeleted);
  }

  /** Stops following the document; what was committed stays for the next visit. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.doc.off("update", this.onUpdate);
    this.listeners.clear();
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.persistence) return; // read back from the device: already there
    this.editsSinceCheck = true;
    if (!this.unwritten) {
      this.unwritten = true;
      this.notify();
    }
    this.timer ??= setTimeout(this.check, CHECK_DELAY_MS);
  };

  private readonly check = () => {
    this.timer = null;
    const db = this.persistence.db;
    if (!db) {
      this.timer = setTimeout(this.check, CHECK_DELAY_MS); // still opening: the load writes all
      return;
    }
    this.editsSinceCheck = false;
    let transaction: IDBTransaction;
    try {
      transaction = db.transaction(["updates"], "readwrite");
    } catch {
      return; // the database closed (room left or discarded): the edits stay "writing"
    }
    transaction.oncomplete = () => {
      if (this.editsSinceCheck || this.timer) return; // a later check covers those
      this.unwritten = false;
      this.notify();
    };
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Starts keeping `doc` on this device for `personId`, reading back what an earlier visit left
 * (the provider may connect at the same time: both are Yjs updates and merge in any order).
 * Null when the browser has no IndexedDB, in which case the room simply lives in memory.
 */
export function keepOnDevice(personId: string, room: string, doc: Y.Doc): DeviceCopy | null {
  if (typeof indexedDB === "undefined") return null;
  return new DeviceCopy(deviceCopyName(personId, room), doc);
}

/** Deletes `personId`'s copy of `room`, if this device has one. */
export function forgetDeviceCopy(personId: string, room: string): Promise<void> {
  if (typeof indexedDB === "undefined") return Promise.resolve();
  return clearDocument(deviceCopyName(personId, room)).catch(warnNotDeleted);
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
