import path from "node:path";
import { type OpenFile, openFile } from "../storage/durable-write.ts";
import { applyEntryOps, type EntryOp } from "./entry-ops.ts";
import { type JournalRecord, MetadataJournal } from "./journal.ts";
import type { AppendOutcome, MetadataLog } from "./metadata-log.ts";
import { SnapshotFile } from "./snapshot-file.ts";

/** A snapshot is taken once the journal holds at least this much, and at least its own size. */
export const SNAPSHOT_AFTER_BYTES = 4 * 1024 * 1024;

export interface StoreOptions {
  /** Opens the files that writes go through (tests pass a FaultyDisk). */
  open?: OpenFile;
  snapshotAfterBytes?: number;
}

/**
 * The metadata on disk: `metadata.json`, a verified snapshot as of journal record `seq`, and
 * `metadata.journal`, the records since. A write appends one record (cost: the change, not the
 * file); once the journal is as large as the snapshot, a new snapshot replaces both, so the
 * amortised cost per change stays proportional to the change. The process that opened the
 * folder is its only writer: an append is never "taken", and there is never anything new to read.
 */
export class MetadataStore implements MetadataLog {
  private snapshotBytes = 0;
  private snapshotFailedAt = -1;

  private constructor(
    private readonly file: SnapshotFile,
    private readonly journal: MetadataJournal,
    /** The last record written (in the snapshot or the journal). */
    private lastSeq: number,
    private readonly snapshotAfterBytes = SNAPSHOT_AFTER_BYTES,
  ) {
    this.snapshotBytes = file.lastBytes;
  }

  /**
   * Reads the snapshot, puts it over `defaults` (collections an older snapshot lacks) and
   * replays the journal over that (a torn last record is dropped).
   */
  static async open(
    dir: string,
    defaults: object,
    options: StoreOptions = {},
  ): Promise<{ store: MetadataStore; data: Record<string, unknown>; replayed: number }> {
    const open = options.open ?? openFile;
    const file = new SnapshotFile(path.join(dir, "metadata.json"), open);
    const snapshot = (await file.read()) ?? { seq: 0, data: {} };
    const { journal, records } = await MetadataJournal.open(
      path.join(dir, "metadata.journal"),
      open,
    );
    let seq = snapshot.seq;
    const data: Record<string, unknown> = { ...defaults, ...snapshot.data };
    let replayed = 0;
    for (const record of records) {
      if (record.seq <= seq) continue; // already in the snapshot (crash before the journal was cut)
      if (record.seq !== seq + 1) {
        throw new Error(`metadata journal: record ${record.seq} follows ${seq}, records missing`);
      }
      applyEntryOps(data, record.ops);
      seq = record.seq;
      replayed++;
    }
    const store = new MetadataStore(file, journal, seq, options.snapshotAfterBytes);
    return { store, data, replayed };
  }

  get seq(): number {
    return this.lastSeq;
  }

  get journalBytes(): number {
    return this.journal.bytes;
  }

  /** Appends one record and resolves once it is fdatasynced; throws (nothing recorded) if not. */
  async append(ops: EntryOp[]): Promise<AppendOutcome> {
    await this.journal.append({ seq: this.lastSeq + 1, ops });
    this.lastSeq++;
    return "written";
  }

  async readNew(): Promise<JournalRecord[]> {
    return [];
  }

  onAppended(): void {}

  /** Whether the journal has grown enough for a snapshot to pay for itself. */
  wantsSnapshot(): boolean {
    const threshold = Math.max(this.snapshotAfterBytes, this.snapshotBytes);
    const sinceFailure = this.journal.bytes - Math.max(this.snapshotFailedAt, 0);
    return this.journal.bytes >= threshold && sinceFailure >= threshold / 4;
  }

  /**
   * Writes `data` (the state as of the last record) as the new verified snapshot, then empties
   * the journal. A failure leaves the old snapshot and the journal as they were.
   */
  async snapshot(data: object): Promise<void> {
    const snapshot = { seq: this.lastSeq, data: data as Record<string, unknown> };
    try {
      await this.file.write(snapshot);
    } catch (error) {
      this.snapshotFailedAt = this.journal.bytes;
      throw error;
    }
    this.snapshotBytes = this.file.lastBytes;
    this.snapshotFailedAt = -1;
    await this.journal.clear();
  }

  async close(): Promise<void> {
    await this.journal.close();
  }
}
