import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FaultyDisk } from "../storage/faulty-disk.ts";
import { FileVersionBlobs } from "../storage/version-blobs.ts";
import { impronta } from "../versions/hashing.ts";
import { UnverifiedTextError, VersionTexts } from "./version-texts.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-texts-"));
const textsIn = (dir: string) => new VersionTexts(new FileVersionBlobs(dir));
const versionOf = (id: string, text: string) => ({ id, hash: impronta(text) });

describe("VersionTexts", () => {
  it("serves a text only while it gives the version's impronta", async () => {
    const dir = await tempDir();
    const text = '{"content":"Città più inclusiva"}';
    await textsIn(dir).write("v1", text);
    expect(await readdir(path.join(dir, "versions"))).toEqual(["v1.canonical.json"]);
    expect(await textsIn(dir).read(versionOf("v1", text))).toBe(text);

    await writeFile(path.join(dir, "versions", "v1.canonical.json"), text.replace("più", "meno"));
    const fresh = textsIn(dir);
    await expect(fresh.read(versionOf("v1", text))).rejects.toMatchObject({ problem: "mismatch" });
    expect(await fresh.readStored("v1")).toContain("meno");
    await expect(fresh.read(versionOf("v2", text))).rejects.toBeInstanceOf(UnverifiedTextError);
    expect(await fresh.readStored("v2")).toBeNull();
  });

  it("refuses a write that cannot complete, leaving no text behind", async () => {
    const dir = await tempDir();
    const disk = new FaultyDisk();
    disk.fill(0);
    const texts = new VersionTexts(new FileVersionBlobs(dir, disk.open));
    await expect(texts.write("v1", "{}")).rejects.toThrow("ENOSPC");
    expect(await texts.readStored("v1")).toBeNull();
  });
});
