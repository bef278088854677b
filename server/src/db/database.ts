import { mkdir } from "node:fs/promises";
import type { RoomName } from "@tavolo/shared";
import { freeze } from "immer";
import { type Data, emptyData } from "./data.ts";
import { DataDraft, detach } from "./entry-draft.ts";
import { applyEntryOps, type EntryOp, PendingLayer } from "./entry-ops.ts";
import { dropExpiredSessions, upgradeOnOpen } from "./housekeeping.ts";
import { MetadataStore, type StoreOptions } from "./metadata-store.ts";
import { VersionTexts } from "./version-texts.ts";

export type {
  ApiTokenRecord,
  Data,
  ExportHashRecord,
  MembershipRecord,
  OidcIdentityRecord,
  PasskeyRecord,
  PersonRecord,
  RoomRecord,
  SessionRecord,
  SignInLinkRecord,
  SignInMethod,
  StoredVersion,
} from "./data.ts";

/** A change applied to the pending layer, waiting for its record to be durable. */
interface Unwritten {
  ops: EntryOp[];
  resolve(): void;
  reject(error: unknown): void;
}

export type DatabaseOptions = StoreOptions;

/** Every entry of every collection is frozen: a write that bypasses `change` throws at once. */
function freezeEntries(data: Data): Data {
  for (const collection of Object.values(data)) {
    if (collection === null || typeof collection !== "object") continue;
    for (const entry of Object.values(collection)) freeze(entry, true);
  }
  return data;
}

/**
 * The embedded metadata store, held in memory. `data` is the durable state only: a change shows
 * there once its journal record is fdatasynced, and never if the write failed.
 *
 * `change(mutate)` runs `mutate` at once, synchronously, on a draft of the durable state plus
 * every change still being written (in call order), so a mutate that checks and records in the
 * same call is atomic with respect to every other change: checks that must hold belong inside
 * `mutate`, not before the call. It resolves once the change and all before it are durable; if
 * a write fails, that change and every change made after it (they may have relied on it) reject,
 * and `data` stays as it was. A change costs what it touches: only the entries it reads are
 * drafted, only those it changes are written (one journal record), never whole collections.
 */
export class Database {
  private pending: PendingLayer;
  private readonly unwritten: Unwritten[] = [];
  private writing = false;
  /** `changeSoon` bookkeeping already in memory, written with the next record. */
  private lazy: EntryOp[] = [];
  private lazyWrite: NodeJS.Timeout | null = null;

  private constructor(
    private readonly store: MetadataStore,
    /** Durable state: its collections change in place, only by applying durable records. */
    private readonly committed: Data,
    /** The data folder (frozen versions keep their Yjs states and texts in `versions/`). */
    readonly dir: string,
    /** The canonical texts of frozen versions, beside their Yjs states. */
    readonly versionTexts: VersionTexts,
  ) {
    this.pending = new PendingLayer(this.base);
  }

  static async open(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
    await mkdir(dataDir, { recursive: true });
    const { store, data: raw, replayed } = await MetadataStore.open(dataDir, emptyData(), options);
    const texts = new VersionTexts(dataDir, options.open);
    const { data, upgraded } = await upgradeOnOpen(raw, texts, Date.now());
    // Compacts at start: the journal replayed, or the data upgraded, into one verified snapshot.
    if (replayed > 0 || upgraded) await store.snapshot(data);
    return new Database(store, freezeEntries(data), dataDir, texts);
  }

  /** The durable state (entries are frozen: change them only through `change`). */
  get data(): Readonly<Data> {
    return this.committed;
  }

  private get base(): Record<string, unknown> {
    return this.committed as unknown as Record<string, unknown>;
  }

  /** Applies `mutate` now and resolves with its result once the change is durable. */
  change<T>(mutate: (data: Data) => T): Promise<T> {
    const draft = new DataDraft<Data>(this.pending, this.base);
    let result: T;
    let ops: EntryOp[];
    try {
      result = detach(mutate(draft.data));
      ops = draft.finish();
    } catch (error) {
      return Promise.reject(error);
    }
    if (ops.length === 0 && !this.writing && this.unwritten.length === 0) {
      return Promise.resolve(result);
    }
    this.pending.add(ops);
    return new Promise<T>((resolve, reject) => {
      this.enqueue({ ops, resolve: () => resolve(result), reject });
    });
  }

  /**
   * Applies `mutate` now and writes it within a second, for bookkeeping that a crash may lose
   * (room sizes) and that must not put an fsync on a room's load path. It shows in `data` at
   * once; keep it to records no `change` touches (`rooms`).
   */
  changeSoon(mutate: (data: Data) => void): void {
    const draft = new DataDraft<Data>(new PendingLayer(this.base), this.base);
    mutate(draft.data);
    const ops = draft.finish();
    if (ops.length === 0) return;
    applyEntryOps(this.base, ops);
    this.lazy.push(...ops);
    this.lazyWrite ??= setTimeout(() => {
      this.lazyWrite = null;
      this.writeLazy().catch(() => undefined); // kept in `lazy`, tried again with the next write
    }, 1000);
  }

  /** Writes any pending bookkeeping and waits for every change; called on shutdown. */
  async flush(): Promise<void> {
    if (this.lazyWrite) clearTimeout(this.lazyWrite);
    this.lazyWrite = null;
    await this.writeLazy();
  }

  /** Flushes, then closes the journal. */
  async close(): Promise<void> {
    await this.flush();
    await this.store.close();
  }

  private writeLazy(): Promise<void> {
    if (this.lazy.length === 0 && !this.writing && this.unwritten.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      this.enqueue({ ops: [], resolve, reject });
    });
  }

  private enqueue(change: Unwritten): void {
    this.unwritten.push(change);
    if (!this.writing) void this.drain();
  }

  /** Writes what is queued, one record per batch (group commit), in call order. */
  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.unwritten.length > 0) {
        const batch = this.unwritten.splice(0);
        const changes = batch.flatMap((change) => change.ops);
        const lazy = this.lazy.splice(0);
        try {
          if (changes.length + lazy.length > 0) await this.store.append([...lazy, ...changes]);
        } catch (error) {
          this.lazy.unshift(...lazy);
          this.fail([...batch, ...this.unwritten.splice(0)], error);
          continue;
        }
        applyEntryOps(this.base, changes);
        this.pending = new PendingLayer(this.base);
        for (const change of this.unwritten) this.pending.add(change.ops);
        for (const change of batch) change.resolve();
        await this.snapshotIfDue();
      }
    } finally {
      this.writing = false;
    }
  }

  /** The write failed: these changes never happened; the pending layer is dropped. */
  private fail(changes: Unwritten[], error: unknown): void {
    this.pending = new PendingLayer(this.base);
    for (const change of changes) change.reject(error);
  }

  private async snapshotIfDue(): Promise<void> {
    if (!this.store.wantsSnapshot()) return;
    // The snapshot holds the bookkeeping already in memory: no need to journal it too.
    const lazy = this.lazy.splice(0);
    try {
      await this.store.snapshot(this.committed);
    } catch {
      this.lazy.unshift(...lazy); // the journal still holds every record: retried later
    }
  }

  /** Removes expired sessions now (also done on open and at each sign-in). */
  async purgeExpiredSessions(now = Date.now()): Promise<number> {
    return this.change((data) => dropExpiredSessions(data, now));
  }

  async roomLoaded(name: RoomName, size: { bytes: number; updates: number }): Promise<void> {
    this.changeSoon((data) => {
      const now = new Date().toISOString();
      const existing = data.rooms[name];
      data.rooms[name] = {
        createdAt: existing?.createdAt ?? now,
        lastLoadedAt: now,
        lastStoredAt: existing?.lastStoredAt,
        storedBytes: size.bytes,
        storedUpdates: size.updates,
      };
    });
  }

  async roomStored(name: RoomName, size: { bytes: number; updates: number }): Promise<void> {
    this.changeSoon((data) => {
      const record = data.rooms[name];
      if (!record) return;
      record.lastStoredAt = new Date().toISOString();
      record.storedBytes = size.bytes;
      record.storedUpdates = size.updates;
    });
  }
}
