import { appendFile, mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { docStoreContract } from "./doc-store.contract.ts";
import { FileDocStore } from "./file-doc-store.ts";

const silent = pino({ level: "silent" });
const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-store-"));

docStoreContract("FileDocStore", async () => new FileDocStore(await tempDir(), silent));

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
