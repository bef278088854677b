import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { RoomNameSchema } from "@tavolo/shared";
import * as Y from "yjs";
import { Database } from "../db/database.ts";
import type { OpenFile } from "../storage/durable-write.ts";
import { LOG_SUFFIX } from "../storage/file-doc-store.ts";
import { decodeLog } from "../storage/update-log-codec.ts";
import { FileVersionBlobs } from "../storage/version-blobs.ts";
import { damageOf } from "../versions/integrity.ts";
import { VersionStates } from "../versions/version-states.ts";

export const ROOMS_DIR = "rooms";

/** What a verified DATA_DIR holds. */
export interface DataDirSummary {
  rooms: number;
  versions: number;
}

/**
 * Checks a DATA_DIR copy with the server's own readers, as a server starting on it would: the
 * metadata opens (snapshot and journal, records in sequence), every frozen version's text, Yjs
 * state, link and approvals give its impronta, and every room log is intact and applies to a
 * document with nothing missing. Opening the metadata compacts its journal into the snapshot,
 * as a start does. Throws, naming what fails.
 */
export async function verifyDataDir(
  dir: string,
  options: { open?: OpenFile } = {},
): Promise<DataDirSummary> {
  const db = await Database.open(dir, { open: options.open });
  try {
    const versions = Object.values(db.data.versions);
    const states = new VersionStates(new FileVersionBlobs(dir, options.open));
    for (const version of versions) {
      const problems = await damageOf(db, states, version);
      if (problems.length > 0) {
        throw new Error(
          `version ${version.number} of room ${version.roomId} (${version.id}) does not verify: ${problems.join(", ")}`,
        );
      }
    }
    return { rooms: await verifyRoomLogs(path.join(dir, ROOMS_DIR)), versions: versions.length };
  } finally {
    await db.close();
  }
}

async function verifyRoomLogs(dir: string): Promise<number> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const logs = names.filter((name) => name.endsWith(LOG_SUFFIX));
  for (const name of logs) {
    const room = name.slice(0, -LOG_SUFFIX.length);
    if (!RoomNameSchema.safeParse(room).success) throw new Error(`${name}: not a room name`);
    const problem = roomLogProblem(await readFile(path.join(dir, name)));
    if (problem) throw new Error(`room log ${name}: ${problem}`);
  }
  return logs.length;
}

/** Why the log would not load as it is into the document it was written from, or null. */
function roomLogProblem(bytes: Buffer): string | null {
  const decoded = decodeLog(bytes);
  if (decoded.tornTail) return `damaged after byte ${decoded.validLength}`;
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of decoded.updates) Y.applyUpdate(doc, update);
    });
    const complete = doc.store.pendingStructs === null && doc.store.pendingDs === null;
    return complete ? null : "updates depend on others missing from the log";
  } catch (error) {
    return `an update does not apply (${(error as Error).message})`;
  } finally {
    doc.destroy();
  }
}
