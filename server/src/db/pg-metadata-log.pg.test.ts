import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { pgTestDb } from "../../test/helpers/pg-test-db.ts";
import { migrateSchema, readMigrations } from "../pg/migrate-schema.ts";
import { createPool } from "../pg/pool.ts";
import type { Data, Database, SignInLinkRecord } from "./database.ts";
import { openPgDatabase } from "./pg-database.ts";

const silent = pino({ level: "silent" });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A fresh schema, migrated; `instance()` opens one more server's metadata on it, `query` looks
 * at the tables.
 */
async function sharedSchema(snapshotAfterBytes?: number) {
  const db = await pgTestDb();
  cleanups.push(db.drop);
  const admin = createPool(db.url, silent);
  cleanups.push(() => admin.end());
  await migrateSchema(admin, await readMigrations());
  const query = async (sql: string) => (await admin.query(sql)).rows;
  const instance = async (): Promise<Database> => {
    const pool = createPool(db.url, silent);
    const metadata = await openPgDatabase(pool, silent, { snapshotAfterBytes });
    cleanups.push(
      () => pool.end(),
      () => metadata.close(),
    );
    return metadata;
  };
  return { instance, query };
}

const LINK: SignInLinkRecord = {
  id: "once",
  tokenSha256: "h",
  personId: "nobody",
  issuedBy: null,
  procedureId: null,
  createdAt: "2026-12-03T09:00:00.000Z",
  expiresAt: "2099-01-01T00:00:00.000Z",
  usedAt: null,
};

/** Uses the single-use link: checked and recorded in one step, as the sign-in routes do. */
const useLink = (person: string) => (data: Data) => {
  const link = data.signInLinks.once;
  if (!link || link.usedAt !== null) throw new Error("link already used");
  data.signInLinks.once = { ...link, usedAt: "2026-12-03T10:00:00.000Z", personId: person };
  return person;
};

const person = (id: string) => ({ id, displayName: id, createdAt: "2026-12-03T10:00:00.000Z" });

/** Resolves once `db` shows what `check` looks for (a NOTIFY from another instance). */
async function eventually(db: Database, check: (data: Readonly<Data>) => boolean) {
  for (let i = 0; i < 200 && !check(db.data); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check(db.data);
}

describe("metadata in PostgreSQL, shared by two instances", () => {
  it("lets exactly one of ten uses of a single-use link, spread over both, succeed", async () => {
    const { instance } = await sharedSchema();
    const [a, b] = [await instance(), await instance()];
    await a.change((data) => {
      data.signInLinks.once = LINK;
    });
    await b.caughtUp(a.seq);
    const uses = Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).change(useLink(`p${i}`)));
    const outcomes = await Promise.allSettled(uses);
    const won = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(won).toHaveLength(1);
    await Promise.all([a.caughtUp(b.seq), b.caughtUp(a.seq)]);
    expect(a.data.signInLinks.once?.personId).toBe(won[0]);
    expect(b.data.signInLinks.once?.personId).toBe(won[0]);
  });

  it("tells the other instance of each change, without it writing anything", async () => {
    const { instance } = await sharedSchema();
    const [a, b] = [await instance(), await instance()];
    await a.change((data) => {
      data.people.ada = person("ada");
    });
    expect(await eventually(b, (data) => data.people.ada?.displayName === "ada")).toBe(true);
    expect(b.seq).toBe(a.seq);
  });

  it("keeps both instances' concurrent changes, and a third opens on the same state", async () => {
    const { instance, query } = await sharedSchema(2048); // snapshots along the way
    const [a, b] = [await instance(), await instance()];
    const writes = [a, b].flatMap((db, n) =>
      Array.from({ length: 40 }, (_, i) =>
        db.change((data) => {
          data.people[`p${n}-${i}`] = person(`p${n}-${i}`);
          data.audit.push({
            id: `e${n}-${i}`,
            procedureId: "p",
            actorId: "x",
            actorName: "x",
            action: "test",
            details: { i },
            at: "2026-12-03T10:00:00.000Z",
          });
        }),
      ),
    );
    await Promise.all(writes);
    const last = Math.max(a.seq, b.seq);
    await Promise.all([a.caughtUp(last), b.caughtUp(last)]);
    expect(a.data.audit).toHaveLength(80);
    expect(b.data).toEqual(a.data);
    const c = await instance();
    expect(c.seq).toBe(last);
    expect(c.data).toEqual(a.data);
    expect(Object.keys(c.data.people)).toEqual(Object.keys(a.data.people)); // in the order added
    const [kept] = await query(
      "SELECT min(r.seq)::int AS first, (SELECT max(seq)::int FROM metadata_snapshots) AS snapshot FROM metadata_records r",
    );
    expect(kept.snapshot).toBeGreaterThan(0);
    expect(kept.first).toBeGreaterThan(1); // records up to the previous snapshot were dropped
  });

  it("hears of changes again after losing its listening connection", async () => {
    const { instance, query } = await sharedSchema();
    const [a, b] = [await instance(), await instance()];
    const terminated = await query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %tavolo_metadata_' || left(encode(sha256(current_schema()::bytea), 'hex'), 24) || '%'",
    );
    expect(terminated).toHaveLength(2); // both instances' listening connections
    await a.change((data) => {
      data.people.ada = person("ada");
    });
    expect(await eventually(b, (data) => data.people.ada?.displayName === "ada")).toBe(true);
  });
});
