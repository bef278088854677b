import { mkdir } from "node:fs/promises";
import type { RoomName } from "@tavolo/shared";
import {
  applyPatches,
  current,
  type Draft,
  enablePatches,
  freeze,
  Immer,
  isDraft,
  type Patch,
} from "immer";
import { type Data, emptyData } from "./data.ts";
import { dropExpiredSessions, upgradeOnOpen } from "./housekeeping.ts";
import { MetadataStore, type StoreOptions } from "./metadata-store.ts";
import { VersionTexts } from "./version-texts.ts";

export type {
  Data,
  MembershipRecord,
  PersonRecord,
  RoomRecord,
  SessionRecord,
  StoredVersion,
} from "./data.ts";

enablePatches();
/** Every committed state is deeply frozen: a write that bypasses `change` throws at once. */
const immer = new Immer({ autoFreeze: true });

/** Drafts die with their change: hand the caller plain copies of any it returns. */
function detach<T>(value: T): T {
  if (isDraft(value)) return current(value as Draft<T>) as T;
  if (Array.isArray(value)) return value.map(detach) as T;
  if (
    value !== null &&
    typeof value === "object" &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, detach(v)])) as T;
  }
  return value;
}

/** A change applied to `head`, waiting for its record to be durable. */
interface Unwritten {
  patches: Patch[];
  resolve(): void;
  reject(error: unknown): void;
}

export type DatabaseOptions = StoreOptions;

/**
 * The embedded metadata store, held in memory. `data` is the durable state only: a change shows
 * there once its journal record is fdatasynced, and never if the write failed.
 *
 * `change(mutate)` runs `mutate` at once, synchronously, on a draft of `head` (the durable state
 * plus every change still being written, in call order), so a mutate that checks and records in
 * the same call is atomic with respect to every other change. Its result resolves once the change
 * and all before it are durable; if a write fails, that change and every change made after it
 * (they may have relied on it) reject, and `data` stays as it was.
 */
export class Database {
  private committed: Data;
  private head: Data;
  private readonly unwritten: Unwritten[] = [];
  private writing = false;
  /** `changeSoon` bookkeeping already in memory, written with the next record. */
  private lazy: Patch[] = [];
  private lazyWrite: NodeJS.Timeout | null = null;

  private constructor(
    private readonly store: MetadataStore,
    data: Data,
    /** The data folder (frozen versions keep their Yjs states and texts in `versions/`). */
    readonly dir: string,
    /** The canonical texts of frozen versions, beside their Yjs states. */
    readonly versionTexts: VersionTexts,
  ) {
    this.committed = data;
    this.head = data;
  }

  static async open(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
    await mkdir(dataDir, { recursive: true });
    const { store, data: raw, replayed } = await MetadataStore.open(dataDir, emptyData(), options);
    const texts = new VersionTexts(dataDir, options.io);
    const { data, upgraded } = await upgradeOnOpen(raw, texts, Date.now());
    // Compacts at start: the journal replayed, or the data upgraded, into one verified snapshot.
    if (replayed > 0 || upgraded) await store.snapshot(data);
    return new Database(store, freeze(data, true), dataDir, texts);
  }

  /** The durable state (deeply frozen: change it only through `change`). */
  get data(): Readonly<Data> {
    return this.committed;
  }

  /** Applies `mutate` now and resolves with its result once the change is durable. */
  change<T>(mutate: (data: Data) => T): Promise<T> {
    let result: T | undefined;
    let next: Data;
    let patches: Patch[];
    try {
      [next, patches] = immer.produceWithPatches(this.head, (draft: Data) => {
        result = detach(mutate(draft));
      });
    } catch (error) {
      return Promise.reject(error);
    }
    this.head = next;
    if (patches.length === 0 && !this.writing && this.unwritten.length === 0) {
      return Promise.resolve(result as T);
    }
    return new Promise<T>((resolve, reject) => {
      this.enqueue({ patches, resolve: () => resolve(result as T), reject });
    });
  }

  /**
   * Applies `mutate` now and writes it within a second, for bookkeeping that a crash may lose
   * (room sizes) and that must not put an fsync on a room's load path. It shows in `data` at
   * once; keep it to records no `change` touches (`rooms`).
   */
  changeSoon(mutate: (data: Data) => void): void {
    const [next, patches] = immer.produceWithPatches(this.committed, mutate);
    if (patches.length === 0) return;
    const headIsDurable = this.head === this.committed;
    this.committed = next;
    this.head = headIsDurable ? next : applyPatches(this.head, patches);
    this.lazy.push(...patches);
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
      this.enqueue({ patches: [], resolve, reject });
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
        const changes = batch.flatMap((change) => change.patches);
        const lazy = this.lazy.splice(0);
        try {
          if (changes.length + lazy.length > 0) await this.store.append([...lazy, ...changes]);
        } catch (error) {
          this.lazy.unshift(...lazy);
          this.fail([...batch, ...this.unwritten.splice(0)], error);
          continue;
        }
        if (changes.length > 0) this.committed = applyPatches(this.committed, changes);
        if (this.unwritten.length === 0) this.head = this.committed;
        for (const change of batch) change.resolve();
        await this.snapshotIfDue();
      }
    } finally {
      this.writing = false;
    }
  }

  /** The write failed: these changes never happened; `head` goes back to the durable state. */
  private fail(changes: Unwritten[], error: unknown): void {
    this.head = this.committed;
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
