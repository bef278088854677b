import { open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * The part of a `FileHandle` the durable writes use. A real `FileHandle` is one; tests pass a
 * wrapper that cuts writes short or runs out of space, as a full disk does.
 */
export interface DurableHandle {
  writev(buffers: Uint8Array[], position?: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ ino: number }>;
  close(): Promise<void>;
}

/** Opens `file` with `flags`, creating it with `mode` (as `fs.promises.open` does). */
export type OpenFile = (
  file: string,
  flags: number | string,
  mode?: number,
) => Promise<DurableHandle>;

export const openFile: OpenFile = (file, flags, mode) => open(file, flags, mode);

/** A write that made no progress although bytes were left to write. */
export class ShortWriteError extends Error {
  readonly code = "ESHORTWRITE";
}

/**
 * Writes every byte of `buffers`, in order, at `position` (or at the file's current position,
 * or its end for an O_APPEND handle, when omitted). A short write is continued with the rest: a
 * disk that fills up part-way answers the next write with ENOSPC, which is thrown, as is a write
 * that makes no progress. Resolves with the number of bytes written.
 */
export async function writeFully(
  handle: Pick<DurableHandle, "writev">,
  buffers: readonly Uint8Array[],
  position?: number,
): Promise<number> {
  let pending = buffers.filter((buffer) => buffer.byteLength > 0);
  let total = 0;
  while (pending.length > 0) {
    const left = byteLength(pending);
    const at = position === undefined ? undefined : position + total;
    const { bytesWritten } = await handle.writev(pending, at);
    if (bytesWritten <= 0 || bytesWritten > left) {
      throw new ShortWriteError(`write made no progress: ${bytesWritten} of ${left} bytes written`);
    }
    total += bytesWritten;
    pending = withoutFirst(pending, bytesWritten);
  }
  return total;
}

/**
 * Replaces `file` with `data` so that it holds either its old content or exactly `data`, never
 * a mix: the data is written to a temporary file beside it, fsynced, read back and compared
 * with what was meant (length, then byte for byte: stronger than a checksum and cheaper than
 * hashing both sides), and only then renamed over `file`; the directory is then fsynced so the
 * rename itself is durable. On any failure before the rename the temporary file is removed and
 * `file` is untouched. Only a failed directory sync can throw after the rename: `file` then
 * already holds `data`.
 *
 * Callers serialise replacements of one file (the temporary name is fixed, so a crash leaves at
 * most one stale temporary file, reused by the next replacement).
 */
export async function replaceFileVerified(
  file: string,
  data: Uint8Array | readonly Uint8Array[],
  options: { open?: OpenFile; mode?: number } = {},
): Promise<void> {
  const parts = data instanceof Uint8Array ? [data] : data;
  const temp = `${file}.tmp`;
  try {
    const handle = await (options.open ?? openFile)(temp, "w", options.mode);
    try {
      await writeFully(handle, parts, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await verify(temp, parts);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDir(path.dirname(file));
}

/** A rename or a new file is durable only once its directory entry is synced too. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function verify(file: string, meant: readonly Uint8Array[]): Promise<void> {
  const written = await readFile(file);
  const length = byteLength(meant);
  if (written.byteLength !== length || !holds(written, meant)) {
    throw new Error(
      `${path.basename(file)} does not hold what was written (${written.byteLength} of ${length} bytes, or different bytes); not replacing`,
    );
  }
}

/** Whether `whole` is exactly `parts` one after the other. */
function holds(whole: Buffer, parts: readonly Uint8Array[]): boolean {
  let offset = 0;
  for (const part of parts) {
    if (!whole.subarray(offset, offset + part.byteLength).equals(part)) return false;
    offset += part.byteLength;
  }
  return offset === whole.byteLength;
}

function byteLength(parts: readonly Uint8Array[]): number {
  return parts.reduce((sum, part) => sum + part.byteLength, 0);
}

/** `buffers` without their first `count` bytes. */
function withoutFirst(buffers: readonly Uint8Array[], count: number): Uint8Array[] {
  const rest: Uint8Array[] = [];
  let skip = count;
  for (const buffer of buffers) {
    if (skip >= buffer.byteLength) {
      skip -= buffer.byteLength;
      continue;
    }
    rest.push(skip > 0 ? buffer.subarray(skip) : buffer);
    skip = 0;
  }
  return rest;
}
