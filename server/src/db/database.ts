import { mkdir } from "node:fs/promises";
import type { RoomName } from "@tavolo/shared";
import { freeze } from "immer";
import { FileVersionBlobs, type VersionBlobs } from "../storage/version-blobs.ts";
import { VersionStates } from "../versions/version-states.ts";
import { type Data, emptyData } from "./data.ts";
import { DataDraft, detach } from "./entry-draft.ts";
import { applyEntryOps, type EntryOp, PendingLayer } from "./entry-ops.ts";
import { dropExpiredSessions, upgradeOnOpen } from "./housekeeping.ts";
import type { JournalRecord } from "./journal.ts";
import type { AppendOutcome, MetadataLog } from "./metadata-log.ts";
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
  /** Runs the change again over `layer` (after other instances' records): its new ops, or throws. */
  redo(layer: PendingLayer): EntryOp[];
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
 * The metadata, held in memory over a `MetadataLog` (the embedded journal, or PostgreSQL shared
 * by several instances). `data` is the durable state only: a change shows there once its record
 * is durable, and never if the write failed.
 *
 * `change(mutate)` runs `mutate` at once, synchronously, on a draft of the durable state plus
 * every change still being written (in call order), so a mutate that checks and records in the
 * same call is atomic with respect to every other change: checks that must hold belong inside
 * `mutate`, not before the call. It resolves once the change and all before it are durable; if
 * a write fails, that change and every change made after it (they may have relied on it) reject,
 * and `data` stays as it was. A change costs what it touches: only the entries it reads are
 * drafted, only those it changes are written (one record), never whole collections.
 *
 * Across instances the same holds, because a record is appended only as the number after the
 * last record its changes were drafted over: if another instance took that number first, the
 * records missed are applied and every unwritten change is run again over them, in call order
 * (a check that no longer holds now throws, and that change alone rejects), then appended again.
 * So every record's changes ran over exactly the state of all records before it. Reads of `data`
 * outside a change see this instance's state, which other instances' records reach as soon as
 * the log announces them.
 */
export class Database {
  private pending: PendingLayer;
  private readonly unwritten: Unwritten[] = [];
  private writing = false;
  /** Another writer appended records this instance has not applied yet. */
  private behind = false;
  /** The last record applied to `committed` (the log's count runs ahead while it reads). */
  private applied: number;
  private readonly waiters: (() => void)[] = [];
  /** `changeSoon` bookkeeping already in memory, written with the next record. */
  private lazy: EntryOp[] = [];
  private lazyWrite: NodeJS.Timeout | null = null;
  /** The canonical texts of frozen versions, beside their Yjs states. */
  readonly versionTexts: VersionTexts;
  /** The Yjs states of frozen versions. */
  readonly versionStates: VersionStates;

  private constructor(
    private readonly log: MetadataLog,
    /** Durable state: its collections change in place, only by applying durable records. */
    private readonly committed: Data,
    /** Where frozen versions keep their states and texts. */
    readonly versionBlobs: VersionBlobs,
  ) {
    this.pending = new PendingLayer(this.base);
    this.applied = log.seq;
    this.versionTexts = new VersionTexts(versionBlobs);
    this.versionStates = new VersionStates(versionBlobs);
    log.onAppended(() => {
      this.behind = true;
      if (!this.writing) void this.drain();
    });
  }

  /** The embedded store in `dataDir`: the journal, its snapshot and `versions/`. */
  static async open(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
    await mkdir(dataDir, { recursive: true });
    const { store, data: raw, replayed } = await MetadataStore.open(dataDir, emptyData(), options);
    const blobs = new FileVersionBlobs(dataDir, options.open);
    const { data, upgraded } = await upgradeOnOpen(raw, new VersionTexts(blobs), Date.now());
    // Compacts at start: the journal replayed, or the data upgraded, into one verified snapshot.
    if (replayed > 0 || upgraded) await store.snapshot(data);
    return new Database(store, freezeEntries(data), blobs);
  }

  /**
   * A store shared with other instances: `raw` is the state as of `log.seq`, as every instance
   * writes it (already upgraded, see `npm run migrate`). Expired sessions are dropped by a change.
   */
  static async shared(
    log: MetadataLog,
    raw: Record<string, unknown>,
    blobs: VersionBlobs,
  ): Promise<Database> {
    const db = new Database(log, freezeEntries({ ...emptyData(), ...raw } as Data), blobs);
    await db.purgeExpiredSessions();
    return db;
  }

  /** The durable state (entries are frozen: change them only through `change`). */
  get data(): Readonly<Data> {
    return this.committed;
  }

  /** The last record applied to `data`. */
  get seq(): number {
    return this.applied;
  }

  private get base(): Record<string, unknown> {
    return this.committed as unknown as Record<string, unknown>;
  }

  /** Applies `mutate` now and resolves with its result once the change is durable. */
  change<T>(mutate: (data: Data) => T): Promise<T> {
    let first: { ops: EntryOp[]; value: T };
    try {
      first = this.draft(mutate, this.pending);
    } catch (error) {
      return Promise.reject(error);
    }
    if (first.ops.length === 0 && !this.writing && this.unwritten.length === 0) {
      return Promise.resolve(first.value);
    }
    this.pending.add(first.ops);
    return new Promise<T>((resolve, reject) => {
      let value = first.value;
      const redo = (layer: PendingLayer) => {
        const again = this.draft(mutate, layer);
        value = again.value;
        return again.ops;
      };
      this.enqueue({ ops: first.ops, redo, resolve: () => resolve(value), reject });
    });
  }

  private draft<T>(mutate: (data: Data) => T, layer: PendingLayer): { ops: EntryOp[]; value: T } {
    const draft = new DataDraft<Data>(layer, this.base);
    const value = detach(mutate(draft.data));
    return { ops: draft.finish(), value };
  }

  /**
   * Resolves once `data` holds every record up to `seq` (another instance's change, announced
   * with its number), or once reading them failed.
   */
  caughtUp(seq: number): Promise<void> {
    if (this.applied >= seq) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      this.behind = true;
      if (!this.writing) void this.drain();
    });
  }

  /**
   * Resolves once `data` holds every record written before the call (one read of the log,
   * shared by the callers waiting at that moment), so that a request sees every change another
   * instance committed before it began.
   */
  refresh(): Promise<void> {
    return this.caughtUp(Number.POSITIVE_INFINITY);
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

  /** Flushes, then closes the log. */
  async close(): Promise<void> {
    await this.flush();
    await this.log.close();
  }

  private writeLazy(): Promise<void> {
    if (this.lazy.length === 0 && !this.writing && this.unwritten.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      this.enqueue({ ops: [], redo: () => [], resolve, reject });
    });
  }

  private enqueue(change: Unwritten): void {
    this.unwritten.push(change);
    if (!this.writing) void this.drain();
  }

  /** Catches up and writes what is queued, one record per batch (group commit), in call order. */
  private async drain(): Promise<void> {
    this.writing = true;
    try {
      for (;;) {
        if (this.behind && !(await this.catchUp())) break;
        if (this.unwritten.length === 0) break;
        await this.writeBatch();
      }
    } finally {
      this.writing = false;
      for (const wake of this.waiters.splice(0)) wake();
    }
  }

  private async writeBatch(): Promise<void> {
    const batch = this.unwritten.splice(0);
    const changes = batch.flatMap((change) => change.ops);
    const lazy = this.lazy.splice(0);
    let outcome: AppendOutcome = "written";
    try {
      if (changes.length + lazy.length > 0) outcome = await this.log.append([...lazy, ...changes]);
    } catch (error) {
      this.lazy.unshift(...lazy);
      this.fail([...batch, ...this.unwritten.splice(0)], error);
      return;
    }
    if (outcome === "taken") {
      // Drafted over a state that is no longer the last: run again over the records missed.
      this.lazy.unshift(...lazy);
      this.unwritten.unshift(...batch);
      this.behind = true;
      return;
    }
    applyEntryOps(this.base, changes);
    this.applied = this.log.seq;
    this.pending = new PendingLayer(this.base);
    for (const change of this.unwritten) this.pending.add(change.ops);
    for (const change of batch) change.resolve();
    await this.snapshotIfDue();
  }

  /**
   * Applies the records other instances appended, then runs every unwritten change again over
   * them. If they cannot be read, the unwritten changes fail (they may rely on a stale state).
   */
  private async catchUp(): Promise<boolean> {
    this.behind = false;
    let records: JournalRecord[];
    try {
      records = await this.log.readNew();
    } catch (error) {
      this.behind = true;
      this.fail(this.unwritten.splice(0), error);
      return false;
    }
    if (records.length === 0) return true;
    for (const record of records) applyEntryOps(this.base, freeze(record.ops, true));
    this.applied = this.log.seq;
    applyEntryOps(this.base, this.lazy); // this instance's bookkeeping, still to be written
    this.redoUnwritten();
    return true;
  }

  private redoUnwritten(): void {
    this.pending = new PendingLayer(this.base);
    for (const change of this.unwritten.splice(0)) {
      try {
        change.ops = change.redo(this.pending);
      } catch (error) {
        change.reject(error);
        continue;
      }
      this.pending.add(change.ops);
      this.unwritten.push(change);
    }
  }

  /** The write failed: these changes never happened; the pending layer is dropped. */
  private fail(changes: Unwritten[], error: unknown): void {
    this.pending = new PendingLayer(this.base);
    for (const change of changes) change.reject(error);
  }

  private async snapshotIfDue(): Promise<void> {
    if (!this.log.wantsSnapshot()) return;
    // The snapshot holds the bookkeeping already in memory: no need to journal it too.
    const lazy = this.lazy.splice(0);
    try {
      await this.log.snapshot(this.committed);
    } catch {
      this.lazy.unshift(...lazy); // the log still holds every record: retried later
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
