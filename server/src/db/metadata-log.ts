import type { EntryOp } from "./entry-ops.ts";
import type { JournalRecord } from "./journal.ts";

/** What an append came to: written as the next record, or that number taken by another writer. */
export type AppendOutcome = "written" | "taken";

/**
 * Where the metadata's records are kept: the embedded journal (one writer, the process that
 * opened DATA_DIR) or a PostgreSQL table that several instances append to. The records are
 * numbered 1, 2, …; the data a `Database` holds is always exactly "every record up to `seq`".
 */
export interface MetadataLog {
  /** The last record this log has written or read. */
  readonly seq: number;
  /**
   * Writes `ops` as record `seq + 1`, durable before resolving "written". "taken" means another
   * writer recorded `seq + 1` first and nothing was written: read the records missed (`readNew`)
   * and build the change again on top of them. Throws if it could not tell (nothing recorded).
   */
  append(ops: EntryOp[]): Promise<AppendOutcome>;
  /** The records after `seq`, in order, other writers' since the last call; advances `seq`. */
  readNew(): Promise<JournalRecord[]>;
  /** Calls `listener` whenever another writer may have appended (never, with a single writer). */
  onAppended(listener: () => void): void;
  /** Whether enough has been appended since the last snapshot for a new one to pay for itself. */
  wantsSnapshot(): boolean;
  /** Stores `data` (the state as of `seq`) as the snapshot that opening starts from. */
  snapshot(data: object): Promise<void>;
  close(): Promise<void>;
}
