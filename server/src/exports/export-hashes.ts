import { createHash } from "node:crypto";
import type { Database, ExportHashRecord } from "../db/database.ts";

/**
 * Records, once, that the file whose SHA-256 is `fileHash` is an export of a version, so that
 * anyone holding the file can have it recognised. Resolves once durable: the file is handed
 * out only after Tavolo can recognise it. Checked and recorded in one step: the first render
 * wins, a second identical one changes nothing.
 */
export async function recordExportHash(
  db: Database,
  fileHash: string,
  file: Omit<ExportHashRecord, "at">,
): Promise<void> {
  if (db.data.exportHashes[fileHash]) return;
  await db.change((data) => {
    if (data.exportHashes[fileHash]) return;
    data.exportHashes[fileHash] = { ...file, at: new Date().toISOString() };
  });
}

/** The SHA-256 of a file's bytes, lower-case hex: how an export is recognised. */
export function fileSha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
