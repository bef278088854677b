import { constants } from "node:fs";
import { mkdir, readdir, readFile, stat, truncate } from "node:fs/promises";
import path from "node:path";
import { type RoomName, RoomNameSchema } from "@tavolo/shared";
import type { Logger } from "pino";
import type { DocStore, StoredDoc } from "./doc-store.ts";
import {
  type DurableHandle,
  type OpenFile,
  openFile,
  replaceFileVerified,
  syncDir,
  writeFully,
} from "./durable-write.ts";
import { decodeLog, encodeFrame, LOG_MAGIC } from "./update-log-codec.ts";

const LOG_SUFFIX = ".ylog";

/**
 * The log is opened for appending with O_DSYNC: each write returns once its data is on stable
 * storage, as write + fdatasync would, but in one trip to the thread pool instead of two, which
 * is measurable on every group commit.
 */
const APPEND_DSYNC =
  constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC;

export interface FileDocStoreOptions {
  /** Opens the log and compaction files; tests pass one whose writes fail as on a full disk. */
  open?: OpenFile;
}

/** Stores each room as an append-only, checksummed, fsynced log file under `dir`. */
export class FileDocStore implements DocStore {
  private readonly openFile: OpenFile;

  constructor(
    private readonly dir: string,
    private readonly log: Logger,
    options: FileDocStoreOptions = {},
  ) {
    this.openFile = options.open ?? openFile;
  }

  async open(room: RoomName): Promise<StoredDoc> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${RoomNameSchema.parse(room)}${LOG_SUFFIX}`);
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return Buffer.alloc(0);
      throw error;
    });
    const decoded = decodeLog(bytes);
    if (decoded.tornTail) {
      this.log.warn(
        {
          room,
          keptBytes: decoded.validLength,
          droppedBytes: bytes.byteLength - decoded.validLength,
        },
        "update log had a torn tail (never acknowledged); truncating it",
      );
      await truncate(file, decoded.validLength);
    }
    const handle = await this.openFile(file, APPEND_DSYNC);
    if (decoded.validLength === 0) await this.writeSignature(file, handle);
    return new FileStoredDoc(file, this.openFile, handle, decoded.updates, {
      updateCount: decoded.updates.length,
      byteLength: Math.max(decoded.validLength, LOG_MAGIC.byteLength),
    });
  }

  async list(): Promise<RoomName[]> {
    const entries = await readdir(this.dir).catch(() => [] as string[]);
    return entries
      .filter((name) => name.endsWith(LOG_SUFFIX))
      .map((name) => name.slice(0, -LOG_SUFFIX.length));
  }

  /** Starts a new log; if the disk is full, leaves it empty (not half a signature) and throws. */
  private async writeSignature(file: string, handle: DurableHandle): Promise<void> {
    try {
      await writeFully(handle, [LOG_MAGIC]);
      await handle.sync();
      await syncDir(this.dir);
    } catch (error) {
      await handle.truncate(0).catch(() => undefined);
      await handle.close().catch(() => undefined);
      this.log.error({ err: error, file }, "could not start an update log");
      throw error;
    }
  }
}

class FileStoredDoc implements StoredDoc {
  updateCount: number;
  /** Size of the log's intact part: the file's size whenever no write is under way. */
  byteLength: number;
  private closed = false;
  /** Set when the file may no longer end where `byteLength` says: appending would be unsafe. */
  private unusable: Error | null = null;

  constructor(
    private readonly file: string,
    private readonly openFile: OpenFile,
    private handle: DurableHandle,
    public initialUpdates: readonly Uint8Array[],
    size: { updateCount: number; byteLength: number },
  ) {
    this.updateCount = size.updateCount;
    this.byteLength = size.byteLength;
  }

  /**
   * A write cut short (a full disk) rejects, and the log is cut back to where it ended, so a
   * later append never lands after a partial frame that would hide it from the next load.
   */
  async append(updates: readonly Uint8Array[]): Promise<void> {
    this.assertWritable();
    if (updates.length === 0) return;
    const frames = updates.map(encodeFrame);
    try {
      await writeFully(this.handle, frames); // O_DSYNC: stable once this resolves
    } catch (error) {
      await this.cutBack(error);
      throw error;
    }
    this.updateCount += updates.length;
    this.byteLength += frames.reduce((sum, frame) => sum + frame.byteLength, 0);
  }

  releaseInitialUpdates(): void {
    this.initialUpdates = [];
  }

  /** Compaction: the log is replaced only by a file verified to hold exactly the new state. */
  async replace(state: Uint8Array): Promise<void> {
    this.assertWritable();
    const frame = encodeFrame(state);
    let next: DurableHandle;
    try {
      await replaceFileVerified(this.file, [LOG_MAGIC, frame], { open: this.openFile });
      next = await this.openFile(this.file, APPEND_DSYNC);
    } catch (error) {
      if (await this.replacedUnderneath()) {
        // Renamed, but the directory sync or the reopen failed: the open handle is the old,
        // unlinked file, so anything appended through it would be lost.
        this.unusable = new Error(`update log ${this.file} was replaced but not reopened`);
      }
      throw error;
    }
    const previous = this.handle;
    this.handle = next;
    this.updateCount = 1;
    this.byteLength = LOG_MAGIC.byteLength + frame.byteLength;
    // The old file is unlinked already: failing to close it cannot lose anything.
    await previous.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }

  private assertWritable(): void {
    if (this.closed) throw new Error(`update log ${this.file} is closed`);
    if (this.unusable) throw this.unusable;
  }

  /** Truncates a failed append away; if even that fails, refuses appends until reopened. */
  private async cutBack(cause: unknown): Promise<void> {
    try {
      await this.handle.truncate(this.byteLength);
      await this.handle.sync();
    } catch {
      this.unusable = new Error(
        `update log ${this.file} could not be cut back after a failed write`,
        {
          cause,
        },
      );
    }
  }

  private async replacedUnderneath(): Promise<boolean> {
    try {
      const [open, onDisk] = await Promise.all([this.handle.stat(), stat(this.file)]);
      return open.ino !== onDisk.ino;
    } catch {
      return true;
    }
  }
}
