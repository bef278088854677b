import type pg from "pg";
import type { Logger } from "pino";
import { PgVersionBlobs } from "../storage/pg-version-blobs.ts";
import { emptyData } from "./data.ts";
import { Database } from "./database.ts";
import { type PgLogOptions, PgMetadataLog } from "./pg-metadata-log.ts";

/** The metadata in PostgreSQL (DATABASE_URL), shared with every other instance on it. */
export async function openPgDatabase(
  pool: pg.Pool,
  log: Logger,
  options: PgLogOptions = {},
): Promise<Database> {
  const opened = await PgMetadataLog.open(pool, log, emptyData(), options);
  return Database.shared(opened.log, opened.data, new PgVersionBlobs(pool));
}
