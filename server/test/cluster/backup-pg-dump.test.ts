import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { eventually, whenSynced } from "../helpers/clients.ts";
import { clusterFixture } from "../helpers/cluster-fixture.ts";
import { logEntries, startBurst } from "../helpers/edit-burst.ts";
import { TEST_DATABASE_URL } from "../helpers/pg-test-db.ts";

const run = promisify(execFile);
const startCluster = clusterFixture();

let dumps = "";
afterEach(async () => {
  if (dumps) await rm(dumps, { recursive: true, force: true });
  dumps = "";
});

/** As an operator who lost the database would: the schema gone, `pg_restore` brings it back. */
async function restoreSchema(schema: string, dump: string): Promise<void> {
  await run("psql", [TEST_DATABASE_URL, "-c", `DROP SCHEMA ${schema} CASCADE`]);
  await run("pg_restore", ["--no-owner", `--dbname=${TEST_DATABASE_URL}`, dump]);
}

describe("a pg_dump taken while clients write on three instances (README: Backups)", () => {
  it("restores every edit acknowledged before the dump began", async () => {
    const cluster = await startCluster();
    // Through the round-robin proxy: two writers on each instance.
    const writers = Array.from({ length: 6 }, () => cluster.join("proxy"));
    // What the observer holds was committed in PostgreSQL before any instance relayed it.
    const [firstInstance] = cluster.instances;
    if (!firstInstance) throw new Error("instances expected");
    const observer = cluster.join(firstInstance);
    await Promise.all([...writers, observer].map(whenSynced));
    const burst = startBurst(writers, 5);
    await eventually(() => logEntries(observer.doc).length > 300, "the burst is under way");

    const seenBefore = logEntries(observer.doc);
    dumps = await mkdtemp(path.join(tmpdir(), "tavolo-pg-dump-"));
    const dump = path.join(dumps, "tavolo.dump");
    const schema = `--schema=${cluster.schema}`;
    await run("pg_dump", ["--format=custom", schema, `--file=${dump}`, TEST_DATABASE_URL]);
    const seenAfter = logEntries(observer.doc).length;
    burst.stop();
    expect(seenAfter).toBeGreaterThan(seenBefore.length); // edits kept coming during the dump
    // Written after the dump: the restored database must not have it (nor any client to resend it).
    writers[0]?.doc.getArray<string>("log").push(["after the dump"]);
    await eventually(() => logEntries(observer.doc).includes("after the dump"), "stored");
    for (const client of [...writers, observer]) client.destroy();

    for (const index of [0, 1, 2]) await cluster.kill(index);
    await restoreSchema(cluster.schema, dump);
    for (const index of [0, 1, 2]) await cluster.restart(index);
    for (const instance of cluster.instances) {
      const fresh = cluster.join(instance);
      await whenSynced(fresh);
      const held = new Set(logEntries(fresh.doc));
      expect(seenBefore.filter((entry) => !held.has(entry))).toEqual([]);
      expect(held.has("after the dump")).toBe(false);
    }
  });
});
