import { appendFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Database } from "../db/database.ts";
import { FileDocStore } from "../storage/file-doc-store.ts";
import { verifyDataDir } from "./verify-data-dir.ts";

const silent = pino({ level: "silent" });

/** A DATA_DIR whose room `stanza` holds `keep` of three successive edits. */
async function dataDirWith(keep: (updates: Uint8Array[]) => Uint8Array[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "tavolo-verify-"));
  await (await Database.open(dir)).close();
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (const word of ["uno ", "due ", "tre"])
    doc.getText("t").insert(doc.getText("t").length, word);
  const log = await new FileDocStore(path.join(dir, "rooms"), silent).open("stanza");
  await log.append(keep(updates));
  await log.close();
  return dir;
}

describe("verifying a DATA_DIR copy", () => {
  it("counts an intact room log", async () => {
    const dir = await dataDirWith((updates) => updates);
    expect(await verifyDataDir(dir)).toEqual({ rooms: 1, versions: 0 });
  });

  it("refuses a log that lost an update in the middle", async () => {
    const dir = await dataDirWith(([first, , third]) =>
      [first, third].filter((u) => u !== undefined),
    );
    await expect(verifyDataDir(dir)).rejects.toThrow(
      /stanza.ylog: updates depend on others missing/,
    );
  });

  it("refuses a log with bytes after its last intact frame", async () => {
    const dir = await dataDirWith((updates) => updates);
    await appendFile(path.join(dir, "rooms", "stanza.ylog"), Buffer.from([7, 0, 0, 0]));
    await expect(verifyDataDir(dir)).rejects.toThrow(/stanza.ylog: damaged after byte/);
  });
});
