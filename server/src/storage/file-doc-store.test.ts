import { appendFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { docStoreContract } from "./doc-store.contract.ts";
import { type OpenFile, openFile } from "./durable-write.ts";
import { FaultyDisk } from "./faulty-disk.ts";
import { FileDocStore } from "./file-doc-store.ts";

const silent = pino({ level: "silent" });
const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-store-"));

docStoreContract(
  "FileDocStore",
  async () => new FileDocStore(await tempDir(), silent),
  async () => {
    const disk = new FaultyDisk();
    const store = new FileDocStore(await tempDir(), silent, { open: disk.open });
    return { store, fill: () => disk.fill(), clear: () => disk.clear() };
  },
);

describe("FileDocStore on disk", () => {
  it("drops a torn tail left by a crash and keeps every complete update", async () => {
    const dir = await tempDir();
    const store = new FileDocStore(dir, silent);
    const doc = await store.open("torn");
    await doc.append([Uint8Array.from([1, 2]), Uint8Array.from([3])]);
    await doc.close();
    const file = path.join(dir, "torn.ylog");
    await appendFile(file, Buffer.from([200, 0, 0, 0, 1, 2]));
    const sizeWithTail = (await stat(file)).size;

    const again = await store.open("torn");
    expect(again.initialUpdates.map((u) => [...u])).toEqual([[1, 2], [3]]);
    expect((await stat(file)).size).toBe(sizeWithTail - 6);
    await again.append([Uint8Array.from([4])]);
    await again.close();
    expect((await store.open("torn")).initialUpdates).toHaveLength(3);
  });

  it("writes appends and compactions cut into short writes in full", async () => {
    const dir = await tempDir();
    const disk = new FaultyDisk();
    disk.maxPerWrite = 7;
    const store = new FileDocStore(dir, silent, { open: disk.open });
    const doc = await store.open("short");
    const big = Uint8Array.from({ length: 100 }, (_, i) => i);
    await doc.append([big, Uint8Array.from([1, 2, 3])]);
    expect((await stat(path.join(dir, "short.ylog"))).size).toBe(doc.byteLength);
    await doc.replace(big);
    await doc.append([Uint8Array.from([4])]);
    await doc.close();
    const again = await new FileDocStore(dir, silent).open("short");
    expect(again.initialUpdates.map((u) => u.byteLength)).toEqual([100, 1]);
    await again.close();
  });

  it("refuses appends after a compaction renamed the log but could not reopen it", async () => {
    const dir = await tempDir();
    let logOpens = 0;
    const open: OpenFile = async (file, flags) => {
      if (file.endsWith(".ylog") && ++logOpens === 2)
        throw new Error("EMFILE: too many open files");
      return openFile(file, flags);
    };
    const store = new FileDocStore(dir, silent, { open });
    const doc = await store.open("ghost");
    await doc.append([Uint8Array.from([1]), Uint8Array.from([2])]);
    await expect(doc.replace(Uint8Array.from([9]))).rejects.toThrow(/EMFILE/);
    // Appending through the handle on the replaced (unlinked) file would lose the update.
    await expect(doc.append([Uint8Array.from([3])])).rejects.toThrow(/replaced but not reopened/);
    await doc.close();
    const again = await store.open("ghost");
    expect(again.initialUpdates.map((u) => [...u])).toEqual([[9]]);
    await again.close();
  });

  it("opens a log whose signature a full disk cut short as a new, empty log", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "cut.ylog"), Buffer.from("TV", "latin1"));
    const store = new FileDocStore(dir, silent);
    const doc = await store.open("cut");
    expect(doc.initialUpdates).toEqual([]);
    await doc.append([Uint8Array.from([1])]);
    await doc.close();
    expect((await store.open("cut")).initialUpdates).toHaveLength(1);
  });

  it("writes nothing but the log file itself after compaction", async () => {
    const dir = await tempDir();
    const store = new FileDocStore(dir, silent);
    const doc = await store.open("compact");
    await doc.append([Uint8Array.from([1]), Uint8Array.from([2])]);
    await doc.replace(Uint8Array.from([7]));
    await doc.close();
    expect(await store.list()).toEqual(["compact"]);
    expect((await readFile(path.join(dir, "compact.ylog"))).byteLength).toBe(4 + 8 + 1);
  });
});
