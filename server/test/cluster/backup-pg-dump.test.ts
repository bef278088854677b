import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { eventually, whenSynced } from "../helpers/clients.ts";
import { type PgTestDb, pgTestDb, TEST_DATABASE_URL } from "../helpers/pg-test-db.ts";
import { processFixture } from "../helpers/process-fixture.ts";
import { tempDataDir } from "../helpers/server-process.ts";
import { Workspace } from "../helpers/workspace.ts";

const run = promisify(execFile);
const { start, join } = processFixture();
const entries = (doc: Y.Doc) => doc.getArray<string>("log").toArray();

let database: PgTestDb | null = null;
let dumps = "";
afterEach(async () => {
  await database?.drop().catch(() => undefined);
  database = null;
  if (dumps) await rm(dumps, { recursive: true, force: true });
});

describe("a pg_dump taken while clients write (PostgreSQL mode, README: Backups)", () => {
  it("restores every edit acknowledged before the dump began", async () => {
    database = await pgTestDb();
    const env = { DATABASE_URL: database.url };
    const dataDir = await tempDataDir();
    const first = await start(dataDir, undefined, env);
    const room = await (await Workspace.create(first.url)).room();
    const writers = ["a", "b", "c"].map(() => join(first, room));
    // An edit the observer holds was committed in PostgreSQL before it was relayed.
    const observer = join(first, room);
    await Promise.all([...writers, observer].map(whenSynced));
    let written = 0;
    const burst = setInterval(() => {
      writers.forEach((writer, w) => {
        writer.doc.getArray<string>("log").push([`${w}:${written}`]);
      });
      written++;
    }, 2);
    await eventually(() => entries(observer.doc).length > 300, "the burst is under way");

    const seenBefore = entries(observer.doc);
    dumps = await mkdtemp(path.join(tmpdir(), "tavolo-pg-dump-"));
    const dump = path.join(dumps, "tavolo.dump");
    const schema = `--schema=${database.schema}`;
    await run("pg_dump", ["--format=custom", schema, `--file=${dump}`, TEST_DATABASE_URL]);
    const seenAfter = entries(observer.doc).length;
    clearInterval(burst);
    expect(seenAfter).toBeGreaterThan(seenBefore.length); // edits kept coming during the dump
    // Written after the dump: the restored database must not have it (nor any client to resend it).
    writers[0]?.doc.getArray<string>("log").push(["after the dump"]);
    await eventually(() => entries(observer.doc).includes("after the dump"), "stored");
    for (const client of [...writers, observer]) client.destroy();

    // The database is lost; the dump brings the schema back.
    first.child.kill("SIGKILL");
    await first.exited;
    await database.drop();
    await run("pg_restore", ["--no-owner", `--dbname=${TEST_DATABASE_URL}`, dump]);
    const second = await start(dataDir, first.port, env);
    const fresh = join(second, room);
    await whenSynced(fresh);
    const held = new Set(entries(fresh.doc));
    expect(seenBefore.filter((entry) => !held.has(entry))).toEqual([]);
    expect(held.has("after the dump")).toBe(false);
  });
});
