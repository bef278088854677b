import { readFile } from "node:fs/promises";
import type { Adapter } from "lowdb";
import { z } from "zod";
import { type OpenFile, openFile, replaceFileVerified } from "../storage/durable-write.ts";

const FORMAT = "tavolo-metadata-snapshot/1";

/** The whole metadata as of journal record `seq` (records up to it are already in `data`). */
export interface Snapshot {
  seq: number;
  data: Record<string, unknown>;
}

const SnapshotSchema = z.object({
  format: z.literal(FORMAT),
  seq: z.number().int().nonnegative(),
  data: z.record(z.string(), z.unknown()),
});
/** metadata.json as written before the journal: the data itself. */
const LegacySchema = z.record(z.string(), z.unknown());

/** The snapshot a `metadata.json` text holds (the older bare-data format is as of record 0). */
export function parseSnapshot(text: string): Snapshot {
  const parsed: unknown = JSON.parse(text);
  const snapshot = SnapshotSchema.safeParse(parsed);
  if (snapshot.success) return { seq: snapshot.data.seq, data: snapshot.data.data };
  return { seq: 0, data: LegacySchema.parse(parsed) };
}

/**
 * A lowdb adapter for `metadata.json`, written only as a verified snapshot: temp file written
 * fully, fsynced, read back and checked, renamed, folder fsynced. Reads the older format (the
 * bare data, as of record 0) too.
 */
export class SnapshotFile implements Adapter<Snapshot> {
  /** Size of the last snapshot read or written. */
  lastBytes = 0;

  constructor(
    private readonly file: string,
    private readonly open: OpenFile = openFile,
  ) {}

  async read(): Promise<Snapshot | null> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    this.lastBytes = Buffer.byteLength(text, "utf8");
    return parseSnapshot(text);
  }

  /** Resolves once the snapshot replaced the file, verified; the old file stays otherwise. */
  async write(snapshot: Snapshot): Promise<void> {
    const text = JSON.stringify({ format: FORMAT, seq: snapshot.seq, data: snapshot.data });
    const bytes = Buffer.from(text, "utf8");
    await replaceFileVerified(this.file, bytes, { open: this.open });
    this.lastBytes = bytes.byteLength;
  }
}
