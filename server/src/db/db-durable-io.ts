import { createHash } from "node:crypto";
import { type FileHandle, open, readFile, rename } from "node:fs/promises";
import path from "node:path";

/**
 * The metadata store's own durable-write helpers (private to `server/src/db`; a shared
 * `storage/durable-write.ts` may replace them). A short write is never taken as success: the
 * loop goes on until every byte is written, and an error such as ENOSPC throws.
 */

/** One `write(2)` at `position`: the bytes it wrote, possibly fewer than asked. */
export type WriteOnce = (
  handle: FileHandle,
  bytes: Uint8Array,
  position: number,
) => Promise<number>;

/** The system calls the store writes through; tests replace them to inject failures. */
export interface DbFileIO {
  writeOnce: WriteOnce;
  datasync(handle: FileHandle): Promise<void>;
}

export const realFileIO: DbFileIO = {
  writeOnce: async (handle, bytes, position) =>
    (await handle.write(bytes, 0, bytes.byteLength, position)).bytesWritten,
  datasync: (handle) => handle.datasync(),
};

/** Writes all of `bytes` at `position`, looping over short writes; throws on any error. */
export async function dbWriteFully(
  handle: FileHandle,
  bytes: Uint8Array,
  position: number,
  writeOnce: WriteOnce = realFileIO.writeOnce,
): Promise<void> {
  let done = 0;
  while (done < bytes.byteLength) {
    const written = await writeOnce(handle, bytes.subarray(done), position + done);
    if (written <= 0) throw new Error(`write made no progress at byte ${position + done}`);
    done += written;
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** fsyncs a folder, so that a rename or a new file in it survives a crash. */
export async function dbSyncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` with `bytes` only once they are verified on disk: temp file written fully,
 * fsynced, read back and compared (length and SHA-256), then renamed over `file` and the folder
 * fsynced. If anything fails the old file stays as it was.
 */
export async function dbReplaceFileVerified(
  file: string,
  bytes: Uint8Array,
  io: DbFileIO = realFileIO,
): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, "w");
  try {
    await dbWriteFully(handle, bytes, 0, io.writeOnce);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const back = await readFile(temp);
  if (back.byteLength !== bytes.byteLength || sha256(back) !== sha256(bytes)) {
    throw new Error(`${temp}: read back ${back.byteLength} bytes that differ from those written`);
  }
  await rename(temp, file);
  await dbSyncDir(path.dirname(file));
}
