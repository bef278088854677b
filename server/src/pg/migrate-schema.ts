import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { inTransaction } from "./transaction.ts";

/**
 * server/migrations: `NNN_name.sql`, applied in the order of their numbers. Found from
 * server/src/pg when run from the sources, from server/dist when compiled into one bundle.
 */
export const MIGRATIONS_DIR = path.resolve(
  import.meta.dirname,
  import.meta.url.endsWith(".js") ? "../migrations" : "../../migrations",
);

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads the migrations in `dir`, refusing a misnamed file or two with one number. */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const match = FILE_NAME.exec(file);
    if (!match?.[1] || !match[2]) throw new Error(`migration ${file}: not named NNN_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((known) => known.version === version)) {
      throw new Error(`migration ${file}: version ${version} is used twice`);
    }
    migrations.push({ version, name: match[2], sql: await readFile(path.join(dir, file), "utf8") });
  }
  return migrations;
}

/**
 * Brings the schema on the pool's search_path up to date, in one transaction: either every
 * missing migration is applied and recorded in `schema_migrations`, or none is. Instances
 * starting together take turns on a transaction-scoped advisory lock keyed by the schema, so
 * each migration runs once. Resolves with the versions it applied.
 */
export async function migrateSchema(
  pool: pg.Pool,
  migrations: readonly Migration[],
): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query(
      "SELECT pg_advisory_xact_lock(hashtext('tavolo migrations ' || current_schema()))",
    );
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number }>(
      "SELECT version FROM schema_migrations",
    );
    const done = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...migrations.map((migration) => migration.version));
    const unknown = [...done].filter((version) => version > newest);
    if (unknown.length > 0) {
      throw new Error(`the database has migrations this release does not know: ${unknown}`);
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
