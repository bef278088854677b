import { crc32 } from "node:zlib";

/** File signature: "TVL" and the format version. */
export const LOG_MAGIC = Buffer.from("TVL1", "latin1");
const FRAME_HEADER_BYTES = 8;

/** A frame is [u32 length][u32 crc32 of payload][payload], little-endian. */
export function encodeFrame(payload: Uint8Array): Buffer {
  const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
  header.writeUInt32LE(payload.byteLength, 0);
  header.writeUInt32LE(crc32(payload), 4);
  return Buffer.concat([header, payload]);
}

export interface DecodedLog {
  updates: Uint8Array[];
  /** Byte offset where the intact part of the log ends. */
  validLength: number;
  /** True when bytes after `validLength` are a torn or corrupt tail. */
  tornTail: boolean;
}

/**
 * Reads every intact frame. A frame cut short by a crash, or one whose checksum fails, ends the
 * log: it was never fsynced, so no client can have seen it.
 */
export function decodeLog(bytes: Buffer): DecodedLog {
  if (bytes.byteLength === 0) return { updates: [], validLength: 0, tornTail: false };
  if (
    bytes.byteLength < LOG_MAGIC.byteLength &&
    LOG_MAGIC.subarray(0, bytes.byteLength).equals(bytes)
  ) {
    // The signature of a new log was cut short (a full disk): the log holds nothing yet.
    return { updates: [], validLength: 0, tornTail: true };
  }
  if (bytes.byteLength < LOG_MAGIC.byteLength || !bytes.subarray(0, 4).equals(LOG_MAGIC)) {
    throw new Error("not a Tavolo update log (bad signature)");
  }
  const updates: Uint8Array[] = [];
  let offset = LOG_MAGIC.byteLength;
  while (offset + FRAME_HEADER_BYTES <= bytes.byteLength) {
    const length = bytes.readUInt32LE(offset);
    const checksum = bytes.readUInt32LE(offset + 4);
    const end = offset + FRAME_HEADER_BYTES + length;
    if (end > bytes.byteLength) break;
    const payload = bytes.subarray(offset + FRAME_HEADER_BYTES, end);
    if (crc32(payload) !== checksum) break;
    updates.push(new Uint8Array(payload));
    offset = end;
  }
  return { updates, validLength: offset, tornTail: offset !== bytes.byteLength };
}
