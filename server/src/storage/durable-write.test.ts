import { mkdtemp, open, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  type OpenFile,
  replaceFileVerified,
  ShortWriteError,
  writeFully,
} from "./durable-write.ts";
import { FaultyDisk } from "./faulty-disk.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-durable-"));
const text = (value: string) => Buffer.from(value, "utf8");

describe("writeFully", () => {
  it("continues a short write with the rest until every byte is written", async () => {
    const file = path.join(await tempDir(), "short");
    const disk = new FaultyDisk();
    disk.maxPerWrite = 3;
    const handle = await disk.open(file, "w");
    const written = await writeFully(handle, [text("Verbale "), text(""), text("del 12 marzo")]);
    await handle.close();
    expect(written).toBe(20);
    expect(await readFile(file, "utf8")).toBe("Verbale del 12 marzo");
  });

  it("writes at the given position, moving on by what each short write took", async () => {
    const file = path.join(await tempDir(), "positioned");
    await writeFile(file, "0123456789");
    const disk = new FaultyDisk();
    disk.maxPerWrite = 2;
    const handle = await disk.open(file, "r+");
    await writeFully(handle, [text("abcde")], 3);
    await handle.close();
    expect(await readFile(file, "utf8")).toBe("012abcde89");
  });

  it("throws the disk's ENOSPC when the space runs out part-way", async () => {
    const file = path.join(await tempDir(), "full");
    const disk = new FaultyDisk();
    disk.fill(5);
    const handle = await disk.open(file, "w");
    await expect(writeFully(handle, [text("Obiettivo: 12 posti")])).rejects.toMatchObject({
      code: "ENOSPC",
    });
    await handle.close();
    expect(await readFile(file, "utf8")).toBe("Obiet");
  });

  it("throws when a write makes no progress instead of looping for ever", async () => {
    const stuck = { writev: async () => ({ bytesWritten: 0 }) };
    await expect(writeFully(stuck, [text("x")])).rejects.toBeInstanceOf(ShortWriteError);
  });
});

describe("replaceFileVerified", () => {
  const setUp = async () => {
    const dir = await tempDir();
    const file = path.join(dir, "log");
    await writeFile(file, "the good log");
    return { dir, file };
  };

  it("replaces the file, writing through short writes, and leaves no temporary file", async () => {
    const { dir, file } = await setUp();
    const disk = new FaultyDisk();
    disk.maxPerWrite = 4;
    await replaceFileVerified(file, [text("compacted "), text("state")], { open: disk.open });
    expect(await readFile(file, "utf8")).toBe("compacted state");
    expect(await readdir(dir)).toEqual(["log"]);
  });

  it("leaves the old file untouched and removes the temporary one when the disk fills up", async () => {
    const { dir, file } = await setUp();
    const disk = new FaultyDisk();
    disk.fill(4);
    await expect(
      replaceFileVerified(file, text("a longer compacted state"), { open: disk.open }),
    ).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await readFile(file, "utf8")).toBe("the good log");
    expect(await readdir(dir)).toEqual(["log"]);
  });

  /** A handle that reports every write as complete but stores `stored(bytes)` instead. */
  const lying =
    (stored: (bytes: Buffer) => Buffer): OpenFile =>
    async (name, flags) => {
      const real = await open(name, flags);
      return {
        writev: async (buffers, position) => {
          const all = Buffer.concat(buffers);
          await real.writev([stored(all)], position);
          return { bytesWritten: all.byteLength };
        },
        sync: () => real.sync(),
        datasync: () => real.datasync(),
        truncate: (length) => real.truncate(length),
        stat: () => real.stat(),
        close: () => real.close(),
      };
    };

  it.each([
    ["cut short", (bytes: Buffer) => bytes.subarray(0, bytes.byteLength >> 1)],
    ["with one byte changed", (bytes: Buffer) => Buffer.concat([bytes.subarray(1), text("!")])],
  ])("does not rename a temporary file %s", async (_, stored) => {
    const { dir, file } = await setUp();
    await expect(
      replaceFileVerified(file, text("compacted state"), { open: lying(stored) }),
    ).rejects.toThrow(/does not hold what was written/);
    expect(await readFile(file, "utf8")).toBe("the good log");
    expect(await readdir(dir)).toEqual(["log"]);
  });
});
