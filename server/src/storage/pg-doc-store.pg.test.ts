import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { pgTestDb } from "../../test/helpers/pg-test-db.ts";
import { openPostgres } from "../pg/pool.ts";
import { docStoreContract } from "./doc-store.contract.ts";
import { PgDocStore } from "./pg-doc-store.ts";

const silent = pino({ level: "silent" });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function migratedPool(max?: number) {
  const db = await pgTestDb();
  cleanups.push(db.drop);
  const pool = await openPostgres(db.url, silent, max);
  cleanups.push(() => pool.end());
  return pool;
}

/**
 * PostgreSQL refusing writes as it does when its disk is full (SQLSTATE 53100), from a row
 * trigger switched by a one-row table. The pool has one connection, so the switch, queued
 * before the store's next query, takes effect before it as the contract's synchronous
 * fill() and clear() expect.
 */
async function faultyStore() {
  const pool = await migratedPool(1);
  await pool.query(`
    CREATE TABLE disk (is_full boolean NOT NULL);
    INSERT INTO disk VALUES (false);
    CREATE FUNCTION refuse_when_full() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT is_full FROM disk) THEN
        RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER full_rooms BEFORE INSERT ON rooms FOR EACH ROW EXECUTE FUNCTION refuse_when_full();
    CREATE TRIGGER full_updates BEFORE INSERT ON room_updates
      FOR EACH ROW EXECUTE FUNCTION refuse_when_full();`);
  const set = (full: boolean) => void pool.query("UPDATE disk SET is_full = $1", [full]);
  return { store: new PgDocStore(pool), fill: () => set(true), clear: () => set(false) };
}

docStoreContract("PgDocStore", async () => new PgDocStore(await migratedPool()), faultyStore);

describe("PgDocStore shared by instances", () => {
  it("keeps the updates another instance appends while this one compacts", async () => {
    const pool = await migratedPool();
    const [one, two] = [new PgDocStore(pool), new PgDocStore(pool)];
    const a = await one.open("shared");
    await a.append([Uint8Array.from([1]), Uint8Array.from([2])]);
    const b = await two.open("shared");
    await b.append([Uint8Array.from([3])]);
    await a.replace(Uint8Array.from([1, 2]));
    await b.append([Uint8Array.from([4])]);
    expect(a.updateCount).toBe(1);
    const again = await one.open("shared");
    expect(again.initialUpdates.map((u) => [...u]).sort()).toEqual([[1, 2], [3], [4]]);
    await Promise.all([a.close(), b.close(), again.close()]);
  });

  it("stores bytes of every value and keeps the log after the store is reopened", async () => {
    const pool = await migratedPool();
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const doc = await new PgDocStore(pool).open("bytes");
    await doc.append([all.subarray(10), new Uint8Array(0)]);
    expect(doc.byteLength).toBe(246);
    await doc.close();
    const again = await new PgDocStore(pool).open("bytes");
    expect(again.initialUpdates.map((u) => u.byteLength)).toEqual([246, 0]);
    expect([...(again.initialUpdates[0] ?? [])]).toEqual([...all.subarray(10)]);
    await again.close();
  });
});
