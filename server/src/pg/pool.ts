import pg from "pg";
import type { Logger } from "pino";
import { migrateSchema, readMigrations } from "./migrate-schema.ts";

/** The pool the server uses with DATABASE_URL, its schema migrated to this release's. */
export async function openPostgres(url: string, log: Logger, max?: number): Promise<pg.Pool> {
  const pool = createPool(url, log, max);
  try {
    const applied = await migrateSchema(pool, await readMigrations());
    if (applied.length > 0) log.info({ applied }, "PostgreSQL schema migrated");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return pool;
}

/**
 * A connection pool to DATABASE_URL. Every connection commits synchronously (the server's
 * default, enforced here in case the database was configured otherwise): a commit that
 * resolved is on the primary's stable storage, which is what acknowledging an edit promises.
 * A search_path in the URL (`?options=-c search_path=…`) picks the schema, as tests do.
 */
export function createPool(url: string, log: Logger, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("connect", (client) => {
    // Queued ahead of the caller's first query on this connection.
    client.query("SET synchronous_commit TO on").catch((error: unknown) => {
      log.error({ err: error }, "could not require synchronous commits");
    });
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process:
  // the pool discards it and the next query opens a new one.
  pool.on("error", (error) => log.warn({ err: error }, "idle PostgreSQL connection lost"));
  return pool;
}
