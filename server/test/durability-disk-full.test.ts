import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CloseCode } from "@tavolo/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { type ServerProcess, spawnServer, tempDataDir } from "./helpers/server-process.ts";
import { isRoot, mountSmallDisk, type SmallDisk } from "./helpers/small-disk.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

if (!isRoot) {
  console.warn(
    "durability-disk-full: not running as root, so no small tmpfs can be mounted; skipped " +
      "(the same failures are covered with injected short writes in server/src/storage and sync)",
  );
}

const MiB = 1024 * 1024;
/** One edit: a numbered entry of about 4 KiB, so the log fills the free space in ~250 edits. */
const entry = (i: number) => `${i}:${"x".repeat(4000)}`;
const entries = (doc: Y.Doc) => doc.getArray<string>("log").toArray();
/** Numbers of the entries in `expected` that `doc` lacks (numbers, not 4 KiB strings, in a diff). */
const missingFrom = (doc: Y.Doc, expected: Iterable<string>) => {
  const held = new Set(entries(doc));
  return [...expected].filter((e) => !held.has(e)).map((e) => e.slice(0, e.indexOf(":")));
};

/**
 * The room logs (`DATA_DIR/rooms`) live on a 3 MiB tmpfs, mostly taken by two filler files:
 * deleting the small one frees room for a few edits but not for a compaction of the log;
 * deleting the big one frees enough for both. The metadata store stays on the ordinary disk:
 * its own full-disk behaviour is a separate item, and this file is about the room log.
 */
describe.runIf(isRoot)("a full disk under the room logs", () => {
  let dataDir = "";
  let disk: SmallDisk | null = null;
  let mount = "";
  const servers: ServerProcess[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    dataDir = await tempDataDir();
    disk = await mountSmallDisk(3 * MiB, path.join(dataDir, "rooms"));
    mount = disk.dir;
    await writeFile(path.join(mount, "filler-big.bin"), Buffer.alloc(1.75 * MiB));
    await writeFile(path.join(mount, "filler-small.bin"), Buffer.alloc(0.25 * MiB));
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    const stopped = servers.splice(0);
    for (const server of stopped) server.child.kill("SIGKILL");
    await Promise.all(stopped.map((server) => server.exited));
  });
  afterAll(async () => {
    await disk?.unmount();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const start = async (port?: number) => {
    const server = await spawnServer({ dataDir, port });
    servers.push(server);
    return server;
  };
  const join = (server: ServerProcess, room: ProvisionedRoom) => {
    const client = connectClient(server.wsUrl, room.id, room.params);
    clients.push(client);
    return client;
  };
  const closeCodes = (client: TestClient) => {
    const codes: number[] = [];
    client.provider.on("connection-close", (event: { code: number } | null) => {
      if (event) codes.push(event.code);
    });
    return codes;
  };
  const killed = async (server: ServerProcess) => {
    server.child.kill("SIGKILL");
    await server.exited;
  };
  const logged = (server: ServerProcess, msg: string) =>
    server.logs.filter((line) => line.msg === msg).length;
  /** Every client leaves; resolves once the room is unloaded (and so compacted, or tried). */
  const leaveAndUnload = async (server: ServerProcess) => {
    const unloads = logged(server, "room unloaded");
    for (const client of clients.splice(0)) client.destroy();
    await eventually(() => logged(server, "room unloaded") > unloads, "the room was unloaded");
  };

  it("loses nothing anyone saw, refuses edits with 4507 while full, and takes them again once space is freed", {
    timeout: 180_000,
  }, async () => {
    const first = await start();
    const room = await (await Workspace.create(first.url)).room();
    const writer = join(first, room);
    const reader = join(first, room);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    const writerCodes = closeCodes(writer);

    // Write until the server says it can store no more.
    let written = 0;
    const typing = setInterval(
      () => writer.doc.getArray<string>("log").push([entry(written++)]),
      2,
    );
    await eventually(
      () => writerCodes.includes(CloseCode.storageUnavailable),
      "the writer is refused with storageUnavailable",
      60_000,
    );
    clearInterval(typing);
    writer.provider.disconnect(); // it keeps its unsaved edits
    const seen = entries(reader.doc);
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.length).toBeLessThan(written);

    // Everything the reader received is on disk, with no partial frame after it.
    await killed(first);
    const second = await start(first.port);
    const fresh = join(second, room);
    await whenSynced(fresh);
    expect(missingFrom(fresh.doc, seen)).toEqual([]);
    expect(logged(second, "update log had a torn tail (never acknowledged); truncating it")).toBe(
      0,
    );

    // Still full: the room keeps serving what it stored and refuses the writer again, which
    // went on writing while offline (so what it re-sends is larger than what failed).
    const stored = entries(fresh.doc).length;
    writer.doc.getArray<string>("log").push([entry(written++)]);
    writerCodes.length = 0;
    writer.provider.connect();
    await eventually(
      () => writerCodes.includes(CloseCode.storageUnavailable),
      "the writer is refused again while the disk is full",
    );
    expect(entries(fresh.doc).length).toBe(stored);

    // Room for a few edits (not for a compaction of the log): the unsaved edits arrive.
    await rm(path.join(mount, "filler-small.bin"));
    await eventually(
      () => [writer, reader, fresh].every((client) => entries(client.doc).length === written),
      `every client holds all ${written} edits`,
      30_000,
    );
    const everything = new Set(entries(writer.doc));
    // The last client leaving unloads the room and tries to compact it: that must fail safely.
    await leaveAndUnload(second);
    expect(logged(second, "compaction failed; the log is kept as it is")).toBeGreaterThan(0);
    // The next join loads the room afresh from its log.
    const afterFailedCompaction = join(second, room);
    await whenSynced(afterFailedCompaction);
    expect(missingFrom(afterFailedCompaction.doc, everything)).toEqual([]);

    // Space for a compaction: it succeeds and keeps every edit.
    await rm(path.join(mount, "filler-big.bin"));
    const extra = entry(written);
    afterFailedCompaction.doc.getArray<string>("log").push([extra]);
    const witness = join(second, room);
    await eventually(() => entries(witness.doc).length === written + 1, "the new edit is stored");
    await leaveAndUnload(second);
    expect(second.logs.findLast((line) => line.msg === "room unloaded")).toMatchObject({
      updates: 1,
    });
    const last = join(second, room);
    await whenSynced(last);
    expect(entries(last.doc)).toHaveLength(written + 1);
    expect(missingFrom(last.doc, [...everything, extra])).toEqual([]);
  });
});
