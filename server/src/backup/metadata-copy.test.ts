import { mkdtemp, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Database } from "../db/database.ts";
import { MetadataStore } from "../db/metadata-store.ts";
import { JOURNAL_FILE, readMetadataPair, SNAPSHOT_FILE } from "./metadata-copy.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-metadata-copy-"));
const person = (id: string) => ({ id, displayName: id, createdAt: "2026-12-01T10:00:00.000Z" });

/** Writes a pair as the backup does and opens it with the real store. */
async function openCopy(pair: Awaited<ReturnType<typeof readMetadataPair>>) {
  const dir = await tempDir();
  if (pair.snapshot) await writeFile(path.join(dir, SNAPSHOT_FILE), pair.snapshot);
  await writeFile(path.join(dir, JOURNAL_FILE), pair.journal);
  const { store, data } = await MetadataStore.open(dir, { people: {} });
  await store.close();
  return data as { people: Record<string, unknown> };
}

describe("reading the metadata while a server writes it", () => {
  it("holds every change acknowledged before each read, across snapshots replacing the pair", async () => {
    const dir = await tempDir();
    // Tiny snapshots: the journal is emptied every few changes, under the reads.
    const db = await Database.open(dir, { snapshotAfterBytes: 2048 });
    const acknowledged: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await db.change((data) => {
          data.people[`p${i}`] = person(`p${i}`);
        });
        acknowledged.push(`p${i}`);
      }
    })();
    // Read again and again until snapshots have replaced the pair several times meanwhile.
    const snapshots = new Set<string>();
    for (let read = 0; snapshots.size < 6 && read < 5000; read++) {
      const before = [...acknowledged];
      const copy = await openCopy(await readMetadataPair(dir));
      expect(before.filter((id) => !(id in copy.people))).toEqual([]);
      const file = await stat(path.join(dir, SNAPSHOT_FILE), { bigint: true }).catch(() => null);
      if (file) snapshots.add(`${file.ino}:${file.mtimeNs}`);
    }
    writing = false;
    await writer;
    await db.close();
    expect(snapshots.size).toBe(6);
  });

  it("drops a record still being written and keeps the ones before it", async () => {
    const dir = await tempDir();
    const db = await Database.open(dir);
    await db.change((data) => {
      data.people.a = person("a");
    });
    await db.close();
    const journal = path.join(dir, JOURNAL_FILE);
    await writeFile(journal, '0badc0de {"seq":2,', { flag: "a" });
    const pair = await readMetadataPair(dir);
    expect(pair.journal.byteLength).toBeLessThan((await stat(journal)).size);
    expect(Object.keys((await openCopy(pair)).people)).toEqual(["a"]);
  });
});
