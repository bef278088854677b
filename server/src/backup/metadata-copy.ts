import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { decodeJournal, type JournalRecord } from "../db/journal.ts";
import { parseSnapshot } from "../db/snapshot-file.ts";

export const SNAPSHOT_FILE = "metadata.json";
export const JOURNAL_FILE = "metadata.journal";

/** How often the pair is read again when a snapshot replaced it during the read. */
const ATTEMPTS = 20;

/** metadata.json and metadata.journal as they were together at one moment. */
export interface MetadataPair {
  /** null when the store has not written a snapshot yet. */
  snapshot: Buffer | null;
  /** The journal's intact records (a record being written as it was read is left out). */
  journal: Buffer;
}

/**
 * Reads the metadata snapshot and its journal while a server may be writing them. Records are
 * appended to the journal; a snapshot is renamed over metadata.json and only then is the journal
 * emptied. So if metadata.json is the same file before and after the journal was read, the
 * journal read holds every record since that snapshot, and the pair holds every change
 * acknowledged before the read began. Otherwise (or if the records do not follow the
 * snapshot, as when the journal was emptied and rewritten under the read) it is read again.
 */
export async function readMetadataPair(dataDir: string): Promise<MetadataPair> {
  const snapshotFile = path.join(dataDir, SNAPSHOT_FILE);
  const journalFile = path.join(dataDir, JOURNAL_FILE);
  let problem = "";
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = await identity(snapshotFile);
    const snapshot = await readIfExists(snapshotFile);
    const journal = (await readIfExists(journalFile)) ?? Buffer.alloc(0);
    if (before !== (await identity(snapshotFile))) continue;
    try {
      const seq = snapshot ? parseSnapshot(snapshot.toString("utf8")).seq : 0;
      const { records, validBytes } = decodeJournal(journal);
      if (follow(records, seq)) return { snapshot, journal: journal.subarray(0, validBytes) };
      problem = `the journal's records do not follow the snapshot's record ${seq}`;
    } catch (error) {
      problem = (error as Error).message;
    }
  }
  throw new Error(`could not read the metadata consistently (${problem || "it kept changing"})`);
}

/** Whether the records after the snapshot's `seq` are seq + 1, seq + 2, … with none missing. */
function follow(records: readonly JournalRecord[], seq: number): boolean {
  return records.filter((record) => record.seq > seq).every((r, i) => r.seq === seq + 1 + i);
}

async function identity(file: string): Promise<string> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
