import { constants } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { crc32 } from "node:zlib";
import { z } from "zod";
import {
  type DurableHandle,
  type OpenFile,
  openFile,
  syncDir,
  writeFully,
} from "../storage/durable-write.ts";
import type { EntryOp } from "./entry-ops.ts";

/** One durable step of the metadata: the entries changed by one or more `change` calls. */
export interface JournalRecord {
  /** 1, 2, … since the store was created: a snapshot says up to which record it holds. */
  seq: number;
  ops: EntryOp[];
}

const RecordSchema = z.object({
  seq: z.number().int().positive(),
  ops: z.array(
    z.object({
      op: z.enum(["add", "remove", "replace"]),
      path: z.union([
        z.tuple([z.string()]),
        z.tuple([z.string(), z.union([z.string(), z.number()])]),
      ]),
      value: z.unknown().optional(),
    }),
  ),
});

const NEWLINE = 0x0a;

/** A record as one line: the CRC-32 of the JSON (8 hex digits), a space, the JSON, `\n`. */
export function encodeRecord(record: JournalRecord): Buffer {
  const json = Buffer.from(JSON.stringify(record), "utf8");
  const crc = crc32(json).toString(16).padStart(8, "0");
  return Buffer.concat([Buffer.from(`${crc} `, "latin1"), json, Buffer.from("\n")]);
}

function decodeLine(line: Buffer): JournalRecord | null {
  if (line.byteLength < 10 || line[8] !== 0x20) return null;
  const json = line.subarray(9);
  if (line.subarray(0, 8).toString("latin1") !== crc32(json).toString(16).padStart(8, "0")) {
    return null;
  }
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(json.toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface DecodedJournal {
  records: JournalRecord[];
  /** Length of the valid prefix: what follows is a torn or invalid tail, to be dropped. */
  validBytes: number;
}

/**
 * Reads records up to the first torn or invalid one (a crash or a failed write can only leave
 * the last record incomplete). A valid record *after* an invalid one is not a torn tail but
 * damage in the middle of the file: refused, rather than silently dropping acknowledged changes.
 */
export function decodeJournal(bytes: Buffer): DecodedJournal {
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset < bytes.byteLength) {
    const end = bytes.indexOf(NEWLINE, offset);
    const record = end < 0 ? null : decodeLine(bytes.subarray(offset, end));
    if (!record) break;
    records.push(record);
    offset = end + 1;
  }
  for (let next = bytes.indexOf(NEWLINE, offset); next >= 0; ) {
    const after = bytes.indexOf(NEWLINE, next + 1);
    if (after < 0) break;
    if (decodeLine(bytes.subarray(next + 1, after))) {
      throw new Error(`metadata journal: a valid record follows damaged bytes at ${offset}`);
    }
    next = after;
  }
  return { records, validBytes: offset };
}

/**
 * The append-only journal beside the metadata snapshot. Each append writes one record fully at
 * the end of the valid prefix and fdatasyncs it before resolving; a failed append cuts the file
 * back to that prefix, so a later record never follows a partial one.
 */
export class MetadataJournal {
  /** The file may hold a partial record past `length` (cutting it back failed). */
  private dirty = false;

  private constructor(
    private readonly handle: DurableHandle,
    private length: number,
  ) {}

  /** Opens (creating) the journal, drops a torn tail and returns the valid records. */
  static async open(
    file: string,
    open: OpenFile = openFile,
  ): Promise<{ journal: MetadataJournal; records: JournalRecord[] }> {
    const existed = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    const { records, validBytes } = decodeJournal(existed ?? Buffer.alloc(0));
    const handle = await open(file, constants.O_RDWR | constants.O_CREAT);
    const journal = new MetadataJournal(handle, validBytes);
    if (existed === null) await syncDir(path.dirname(file));
    else if (validBytes < existed.byteLength) await journal.cutBack();
    return { journal, records };
  }

  /** Bytes of valid records. */
  get bytes(): number {
    return this.length;
  }

  async append(record: JournalRecord): Promise<void> {
    if (this.dirty) await this.cutBack();
    const bytes = encodeRecord(record);
    try {
      await writeFully(this.handle, [bytes], this.length);
      await this.handle.datasync();
    } catch (error) {
      this.dirty = true;
      await this.cutBack().catch(() => undefined);
      throw error;
    }
    this.length += bytes.byteLength;
  }

  /** Empties the journal once a snapshot holds all of its records. */
  async clear(): Promise<void> {
    this.length = 0;
    await this.cutBack();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  private async cutBack(): Promise<void> {
    this.dirty = true;
    await this.handle.truncate(this.length);
    await this.handle.datasync();
    this.dirty = false;
  }
}
