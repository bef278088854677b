import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type PgTestDb, pgTestDb } from "../../test/helpers/pg-test-db.ts";
import { migrateSchema, readMigrations } from "./migrate-schema.ts";
import { createPool } from "./pool.ts";

const silent = pino({ level: "silent" });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function testPool() {
  const db: PgTestDb = await pgTestDb();
  const pool = createPool(db.url, silent);
  cleanups.push(db.drop, () => pool.end());
  return pool;
}

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "tavolo-migrations-"));
  for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql);
  return dir;
}

describe("migrateSchema", () => {
  it("applies the repository's migrations once, in order, and records them", async () => {
    const pool = await testPool();
    const migrations = await readMigrations();
    expect(migrations[0]).toMatchObject({ version: 1, name: "rooms" });
    expect(await migrateSchema(pool, migrations)).toEqual(migrations.map((m) => m.version));
    expect(await migrateSchema(pool, migrations)).toEqual([]);
    const { rows } = await pool.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
  });

  it("runs each migration once when several instances start together", async () => {
    const pool = await testPool();
    const dir = await migrationsDir({
      "001_a.sql": "CREATE TABLE a (id int)",
      "002_b.sql": "CREATE TABLE b (id int)",
    });
    const migrations = await readMigrations(dir);
    const results = await Promise.all([1, 2, 3].map(() => migrateSchema(pool, migrations)));
    expect(results.flat().sort()).toEqual([1, 2]);
  });

  it("applies nothing of a batch in which one migration fails", async () => {
    const pool = await testPool();
    const dir = await migrationsDir({
      "001_a.sql": "CREATE TABLE a (id int)",
      "002_bad.sql": "CREATE TABLE a (id int)",
    });
    await expect(migrateSchema(pool, await readMigrations(dir))).rejects.toThrow(/already exists/);
    const { rows } = await pool.query("SELECT to_regclass('a') AS a");
    expect(rows[0].a).toBeNull();
  });

  it("refuses a database migrated by a newer release", async () => {
    const pool = await testPool();
    const dir = await migrationsDir({ "001_a.sql": "SELECT 1", "002_b.sql": "SELECT 1" });
    await migrateSchema(pool, await readMigrations(dir));
    const older = (await readMigrations(dir)).slice(0, 1);
    await expect(migrateSchema(pool, older)).rejects.toThrow(/does not know: 2/);
  });

  it("refuses a misnamed migration file", async () => {
    const dir = await migrationsDir({ "1_a.sql": "SELECT 1" });
    await expect(readMigrations(dir)).rejects.toThrow(/NNN_name/);
  });
});
