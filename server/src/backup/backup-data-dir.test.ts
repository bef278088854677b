import { spawnSync } from "node:child_process";
import { appendFile, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Database } from "../db/database.ts";
import { FaultyDisk } from "../storage/faulty-disk.ts";
import { FileDocStore } from "../storage/file-doc-store.ts";
import { markRunning } from "../storage/running-servers.ts";
import { backupDataDir } from "./backup-data-dir.ts";
import { chownTree } from "./file-tree.ts";
import { MANIFEST_FILE, readManifest } from "./manifest.ts";
import { restoreDataDir } from "./restore-data-dir.ts";

const silent = pino({ level: "silent" });
const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-backup-"));
const person = (id: string) => ({ id, displayName: id, createdAt: "2026-12-01T10:00:00.000Z" });

/** A DATA_DIR with two people, a room of three edits (and a torn tail), a photo and a key. */
async function sampleDataDir(): Promise<string> {
  const dir = path.join(await tempDir(), "data");
  const db = await Database.open(dir);
  for (const id of ["anna", "bruno"]) {
    await db.change((data) => {
      data.people[id] = person(id);
    });
  }
  await db.close();
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (const word of ["Obiettivo", ": 12 posti", " in housing sociale"]) {
    doc.getText("t").insert(doc.getText("t").length, word);
  }
  const room = await new FileDocStore(path.join(dir, "rooms"), silent).open("stanza-1");
  await room.append(updates);
  await room.close();
  await appendFile(path.join(dir, "rooms", "stanza-1.ylog"), Buffer.from([9, 0, 0, 0, 1]));
  await mkdir(path.join(dir, "board-images", "b1"), { recursive: true });
  await writeFile(path.join(dir, "board-images", "b1", "ab.png"), "png bytes");
  await writeFile(path.join(dir, "secret.key"), "k".repeat(43));
  return dir;
}

async function roomText(dataDir: string): Promise<string> {
  const stored = await new FileDocStore(path.join(dataDir, "rooms"), silent).open("stanza-1");
  const doc = new Y.Doc();
  for (const update of stored.initialUpdates) Y.applyUpdate(doc, update);
  await stored.close();
  return doc.getText("t").toString();
}

async function peopleIn(dataDir: string): Promise<string[]> {
  const db = await Database.open(dataDir);
  const ids = Object.keys(db.data.people).sort();
  await db.close();
  return ids;
}

const exists = (file: string) =>
  readFile(file).then(
    () => true,
    () => false,
  );

describe("backup and restore of a DATA_DIR", () => {
  it("restores people, rooms (without the torn tail), photos and the key into a new DATA_DIR", async () => {
    const source = await sampleDataDir();
    const backup = path.join(await tempDir(), "backup");
    const manifest = await backupDataDir(source, backup);
    expect(manifest).toMatchObject({ rooms: 1, versions: 0 });
    expect(manifest.files.map((file) => file.path)).toEqual(
      expect.arrayContaining(["board-images/b1/ab.png", "rooms/stanza-1.ylog", "secret.key"]),
    );

    const target = path.join(await tempDir(), "restored");
    const restored = await restoreDataDir(backup, target);
    expect(restored).toEqual({ rooms: 1, versions: 0, previous: null });
    expect(await peopleIn(target)).toEqual(["anna", "bruno"]);
    expect(await roomText(target)).toBe("Obiettivo: 12 posti in housing sociale");
    expect(await readFile(path.join(target, "board-images/b1/ab.png"), "utf8")).toBe("png bytes");
    expect(await readFile(path.join(target, "secret.key"), "utf8")).toBe("k".repeat(43));
  });

  it("never leaves a folder claimed complete when the disk fills at any point of the backup", async () => {
    const source = await sampleDataDir();
    const parent = await tempDir();
    let failures = 0;
    for (let free = 0; ; free += 97) {
      const disk = new FaultyDisk();
      disk.fill(free);
      const backup = path.join(parent, `at-${free}`);
      const done = await backupDataDir(source, backup, { open: disk.open }).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          expect(error.code).toBe("ENOSPC");
          return false;
        },
      );
      if (done) break;
      failures++;
      expect(await exists(path.join(backup, MANIFEST_FILE))).toBe(false);
      expect(await readdir(parent)).not.toContain(`at-${free}`);
    }
    expect(failures).toBeGreaterThan(5);
  });

  it("refuses a folder inside the DATA_DIR, a folder that is not empty, and a folder that is no DATA_DIR", async () => {
    const source = await sampleDataDir();
    await expect(backupDataDir(source, path.join(source, "copy"))).rejects.toThrow(/inside/);
    const full = await tempDir();
    await writeFile(path.join(full, "x"), "x");
    await expect(backupDataDir(source, full)).rejects.toThrow(/not empty/);
    await expect(backupDataDir(await tempDir(), path.join(full, "b"))).rejects.toThrow(
      /not a Tavolo DATA_DIR/,
    );
  });
});

describe("restore", () => {
  async function backupAndTarget() {
    const backup = path.join(await tempDir(), "backup");
    await backupDataDir(await sampleDataDir(), backup);
    const target = path.join(await tempDir(), "data");
    const db = await Database.open(target);
    await db.change((data) => {
      data.people.current = person("current");
    });
    await db.close();
    return { backup, target };
  }

  it("refuses a backup with a damaged file, an unlisted file or no manifest, replacing nothing", async () => {
    const { backup, target } = await backupAndTarget();
    const log = path.join(backup, "rooms", "stanza-1.ylog");
    const bytes = await readFile(log);
    const flipped = Buffer.from(bytes);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 0xff, flipped.length - 1);
    await writeFile(log, flipped);
    await expect(restoreDataDir(backup, target)).rejects.toThrow(/stanza-1.ylog differs/);
    await writeFile(log, bytes);
    await writeFile(path.join(backup, "rooms", "other.ylog"), "");
    await expect(restoreDataDir(backup, target)).rejects.toThrow(/does not list: rooms\/other/);
    await expect(restoreDataDir(await tempDir(), target)).rejects.toThrow(/no tavolo-backup.json/);
    expect(await peopleIn(target)).toEqual(["current"]);
    expect(await readdir(path.dirname(target))).toEqual(["data"]);
  });

  it("refuses while a server uses the DATA_DIR, and not once that server is gone", async () => {
    const { backup, target } = await backupAndTarget();
    const unmark = await markRunning(target);
    await expect(restoreDataDir(backup, target)).rejects.toThrow(/server is using .*stop it/);
    expect(await peopleIn(target)).toEqual(["current"]);
    await unmark();
    // A server killed without stopping leaves its mark: its process is gone.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(path.join(target, "running", String(gone)), hostname());
    const restored = await restoreDataDir(backup, target);
    expect(await peopleIn(target)).toEqual(["anna", "bruno"]);
    expect(await peopleIn(restored.previous ?? "")).toEqual(["current"]);
  });

  it("replaces nothing when the disk fills while the copy is written", async () => {
    const { backup, target } = await backupAndTarget();
    const { files } = await readManifest(backup);
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    for (const free of [0, total / 4, total / 2, total - 1].map(Math.floor)) {
      const disk = new FaultyDisk();
      disk.fill(free);
      await expect(restoreDataDir(backup, target, { open: disk.open })).rejects.toThrow(/ENOSPC/);
      expect(await peopleIn(target)).toEqual(["current"]);
      expect(await readdir(path.dirname(target))).toEqual(["data"]);
    }
  });

  it.runIf(process.getuid?.() === 0)("run as root, leaves the DATA_DIR to its owner", async () => {
    const { backup, target } = await backupAndTarget();
    await chownTree(target, 4321, 4321);
    await restoreDataDir(backup, target);
    for (const file of ["", "metadata.json", "rooms", "rooms/stanza-1.ylog"]) {
      expect(await stat(path.join(target, file))).toMatchObject({ uid: 4321, gid: 4321 });
    }
  });
});
