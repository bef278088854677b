import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { pgTestDb } from "../../test/helpers/pg-test-db.ts";
import { openPostgres } from "../pg/pool.ts";
import { loadSharedSecret } from "./secret.ts";

const silent = pino({ level: "silent" });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("loadSharedSecret", () => {
  it("gives instances starting together one generated key, and SESSION_SECRET when set", async () => {
    const db = await pgTestDb();
    cleanups.push(db.drop);
    const pools = await Promise.all([1, 2, 3].map(() => openPostgres(db.url, silent)));
    cleanups.push(async () => void (await Promise.all(pools.map((pool) => pool.end()))));
    const keys = await Promise.all(pools.map((pool) => loadSharedSecret(pool, undefined)));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]?.length).toBeGreaterThanOrEqual(32);
    const [pool] = pools;
    if (!pool) throw new Error("a pool");
    expect(await loadSharedSecret(pool, "x".repeat(40))).toBe("x".repeat(40));
  });
});
