import { open } from "node:fs/promises";
import type { DurableHandle, OpenFile } from "./durable-write.ts";

/**
 * For tests: real files behind handles that behave as a disk filling up does. A write takes at
 * most `free` more bytes (and at most `maxPerWrite` per call): a write that does not fit is
 * short, and the next one fails with ENOSPC, as the kernel answers.
 */
export class FaultyDisk {
  /** Bytes the disk still takes; unlimited until `fill` is called. */
  free = Number.POSITIVE_INFINITY;
  /** Largest number of bytes one write call takes, to cut every write short. */
  maxPerWrite = Number.POSITIVE_INFINITY;

  /** From now on at most `bytes` more bytes are written, then every write fails. */
  fill(bytes = 3): void {
    this.free = bytes;
  }

  /** Writes succeed again. */
  clear(): void {
    this.free = Number.POSITIVE_INFINITY;
  }

  readonly open: OpenFile = async (file, flags, mode) => {
    const real = await open(file, flags, mode);
    return {
      writev: (buffers, position) => this.write(real, buffers, position),
      sync: () => real.sync(),
      datasync: () => real.datasync(),
      truncate: (length) => real.truncate(length),
      stat: () => real.stat(),
      close: () => real.close(),
    };
  };

  private async write(
    real: DurableHandle,
    buffers: Uint8Array[],
    position?: number,
  ): Promise<{ bytesWritten: number }> {
    if (this.free <= 0) {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
        code: "ENOSPC",
      });
    }
    const fits = takeBytes(buffers, Math.min(this.free, this.maxPerWrite));
    const { bytesWritten } = await real.writev(fits, position);
    this.free -= bytesWritten;
    return { bytesWritten };
  }
}

/** The first `count` bytes of `buffers`, as buffers. */
function takeBytes(buffers: readonly Uint8Array[], count: number): Uint8Array[] {
  const taken: Uint8Array[] = [];
  let left = count;
  for (const buffer of buffers) {
    if (left <= 0) break;
    taken.push(buffer.byteLength <= left ? buffer : buffer.subarray(0, left));
    left -= buffer.byteLength;
  }
  return taken;
}
