import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { VersionList, WorkspaceRoom } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { backupDataDir } from "../src/backup/backup-data-dir.ts";
import { restoreDataDir } from "../src/backup/restore-data-dir.ts";
import { runBackupCommand } from "./helpers/backup-commands.ts";
import { eventually, whenSynced } from "./helpers/clients.ts";
import { processFixture } from "./helpers/process-fixture.ts";
import { isRoot, mountSmallDisk } from "./helpers/small-disk.ts";
import { createProposal, freeze, typeIn } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

const { start, join } = processFixture();
const scratch: string[] = [];
afterEach(async () => {
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});
/** `name` in a new temporary folder, removed after the test with whatever lands beside it. */
async function freshPath(name: string): Promise<string> {
  const parent = await mkdtemp(path.join(tmpdir(), "tavolo-backup-it-"));
  scratch.push(parent);
  return path.join(parent, name);
}

const entries = (doc: Y.Doc) => doc.getArray<string>("log").toArray();
/** Compactions rename new logs over the ones being copied, many times during the backup. */
const OFTEN_COMPACTED = { COMPACT_AFTER_UPDATES: "40" };

describe("a backup taken while clients write", () => {
  it("restores every edit and every change acknowledged before the backup began", async () => {
    const dataDir = await freshPath("data");
    const first = await start(dataDir, undefined, OFTEN_COMPACTED);
    const workspace = await Workspace.create(first.url);
    const proposal = await createProposal(workspace);
    const author = join(first, {
      id: proposal.id,
      params: await workspace.tokenParams(proposal.id),
    });
    await whenSynced(author);
    typeIn(author.doc, "Obiettivo: 12 posti in housing sociale. ");
    const version = await freeze(workspace, proposal.id, { label: "Bozza" });

    const room = await workspace.room();
    const writers = ["a", "b", "c"].map(() => join(first, room));
    // An edit the observer holds was stored before it was relayed: it is acknowledged.
    const observer = join(first, room);
    await Promise.all([...writers, observer].map(whenSynced));
    let written = 0;
    const burst = setInterval(() => {
      writers.forEach((writer, w) => {
        writer.doc.getArray<string>("log").push([`${w}:${written}`]);
      });
      written++;
    }, 2);
    // Metadata changes too: each room created is acknowledged once the API answers.
    const createdRooms: string[] = [];
    let creating = true;
    const creator = (async () => {
      for (let i = 0; creating; i++) createdRooms.push((await workspace.room(`Stanza ${i}`)).id);
    })();
    await eventually(() => entries(observer.doc).length > 300, "the burst is under way");

    const seenBefore = entries(observer.doc);
    const roomsBefore = [...createdRooms];
    const backup = await freshPath("backup");
    const backedUp = await runBackupCommand("backup", backup, dataDir);
    const seenAfter = entries(observer.doc).length;
    clearInterval(burst);
    creating = false;
    await creator;
    expect(backedUp.stderr).toBe("");
    expect(backedUp.stdout).toMatch(/complete.*verified/);
    expect(backedUp.code).toBe(0);
    expect(seenAfter).toBeGreaterThan(seenBefore.length); // edits kept coming during the backup
    expect(await readdir(backup)).toContain("tavolo-backup.json");
    // Written after the backup: the restored server must not have it (nor any client to resend it).
    writers[0]?.doc.getArray<string>("log").push(["after the backup"]);
    await eventually(() => entries(observer.doc).includes("after the backup"), "stored");
    for (const client of [author, ...writers, observer]) client.destroy();

    const restoredDir = await freshPath("restored");
    expect(await restoreDataDir(backup, restoredDir)).toMatchObject({ versions: 1 });
    first.child.kill("SIGKILL");
    await first.exited;
    // Same address, restored key and sessions: the facilitator's session and tokens still work.
    const second = await start(restoredDir, first.port);
    const fresh = join(second, room);
    await whenSynced(fresh);
    const held = new Set(entries(fresh.doc));
    expect(seenBefore.filter((entry) => !held.has(entry))).toEqual([]);
    expect(held.has("after the backup")).toBe(false);

    const rooms = await workspace.api.ok<WorkspaceRoom[]>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/rooms`,
    );
    const roomIds = new Set(rooms.map((r) => r.id));
    expect(roomsBefore.filter((id) => !roomIds.has(id))).toEqual([]);
    const versions = await workspace.api.ok<VersionList>(
      "GET",
      `/api/rooms/${proposal.id}/versions`,
    );
    expect(versions.versions.map((v) => v.hash)).toEqual([version.hash]);
    const chain = await workspace.api.ok<{ ok: boolean }>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/versions/verify`,
    );
    expect(chain.ok).toBe(true);
  }, 120_000);

  it("refuses to restore over the DATA_DIR of a running server, and restores once it is gone", async () => {
    const dataDir = await freshPath("data");
    const server = await start(dataDir);
    const workspace = await Workspace.create(server.url);
    const backup = await freshPath("backup");
    await backupDataDir(dataDir, backup);
    await workspace.room("Dopo il backup");
    const journalBefore = await readFile(path.join(dataDir, "metadata.journal"));

    await expect(restoreDataDir(backup, dataDir)).rejects.toThrow(
      /a Tavolo server is using .* stop it before restoring/,
    );
    expect(await readFile(path.join(dataDir, "metadata.journal"))).toEqual(journalBefore);

    // Killed without stopping, the server leaves its mark behind; its process is gone.
    server.child.kill("SIGKILL");
    await server.exited;
    const restored = await runBackupCommand("restore", backup, dataDir);
    expect(restored.stderr).toBe("");
    expect(restored.stdout).toMatch(/replaced is now .*before-restore/);
    await start(dataDir, server.port);
    const rooms = await workspace.api.ok<WorkspaceRoom[]>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/rooms`,
    );
    expect(rooms.map((room) => room.title)).not.toContain("Dopo il backup");
  });

  it("sends an operator of the PostgreSQL mode to pg_dump, copying nothing", async () => {
    const backup = await freshPath("backup");
    const env = { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" };
    const result = await runBackupCommand("backup", backup, await freshPath("data"), env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL is set.*pg_dump/);
    expect(await readdir(path.dirname(backup))).toEqual([]);
  });

  it("never calls a copy complete when a frozen version does not verify, or the disk fills", async () => {
    const dataDir = await freshPath("data");
    const server = await start(dataDir);
    const workspace = await Workspace.create(server.url);
    const proposal = await createProposal(workspace);
    const author = join(server, {
      id: proposal.id,
      params: await workspace.tokenParams(proposal.id),
    });
    await whenSynced(author);
    typeIn(author.doc, "Obiettivo: 12 posti in housing sociale. ".repeat(2000));
    const version = await freeze(workspace, proposal.id, { label: "Bozza" });

    const text = path.join(dataDir, "versions", `${version.id}.canonical.json`);
    const original = await readFile(text, "utf8");
    await writeFile(text, original.replace("12 posti", "13 posti"));
    const backup = await freshPath("backup");
    const refused = await runBackupCommand("backup", backup, dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/version 1 of room .* does not verify: canonical-mismatch/);
    expect(await readdir(path.dirname(backup))).toEqual([]);
    await writeFile(text, original);

    if (!isRoot) return; // a real full disk needs a tmpfs, mounted by root only
    // The version's text and state and the room's log are about 80 KiB each.
    const disk = await mountSmallDisk(64 * 1024);
    try {
      const full = await runBackupCommand("backup", path.join(disk.dir, "backup"), dataDir);
      expect(full.code).toBe(1);
      expect(full.stderr).toMatch(/ENOSPC/);
      expect(await readdir(disk.dir)).toEqual([]);
    } finally {
      await disk.unmount();
    }
  });
});
