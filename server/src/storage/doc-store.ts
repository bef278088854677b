import type { RoomName } from "@tavolo/shared";

/**
 * Durable storage of Yjs documents as a log of updates. The embedded implementation is a file
 * per room; a PostgreSQL one can take its place by passing the same contract suite.
 */
export interface DocStore {
  /** Opens a room's log, reading every update stored so far (oldest first). */
  open(room: RoomName): Promise<StoredDoc>;
  /** Names of every room that has stored state. */
  list(): Promise<RoomName[]>;
}

export interface StoredDoc {
  /** The updates read when the log was opened. */
  readonly initialUpdates: readonly Uint8Array[];
  /** Forgets `initialUpdates` once applied, so a long log is not held in memory for nothing. */
  releaseInitialUpdates(): void;
  /** Number of updates in the log now, and its size on storage. */
  readonly updateCount: number;
  readonly byteLength: number;
  /**
   * Appends updates; resolves only once all of them are on stable storage (fsynced). Rejects if
   * any byte could not be written (a full disk): the log then still holds exactly the updates
   * stored before, and the counters are unchanged.
   */
  append(updates: readonly Uint8Array[]): Promise<void>;
  /**
   * Atomically replaces the whole log with one update equivalent to it (compaction). Rejects
   * with the old log intact if the new one could not be written and verified.
   */
  replace(state: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
