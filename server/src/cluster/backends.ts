import type pg from "pg";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { openPostgres } from "../pg/pool.ts";
import { RedisBus } from "./redis-bus.ts";

/** The shared services of a deployment of several instances; both null in the embedded default. */
export interface Backends {
  /** PostgreSQL, migrated, when DATABASE_URL is set. */
  pool: pg.Pool | null;
  /** The bus to the other instances, when REDIS_URL is set. */
  bus: RedisBus | null;
  /** Closes the bus, then the pool: call after everything using them is stored and closed. */
  close(): Promise<void>;
}

/** Connects to PostgreSQL and Redis as configured; a failure stops the start. */
export async function openBackends(config: Config, log: Logger): Promise<Backends> {
  const pool = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL, log) : null;
  let bus: RedisBus | null = null;
  if (config.REDIS_URL) {
    bus = await RedisBus.connect(config.REDIS_URL, config.REDIS_CHANNEL_PREFIX, log).catch(
      async (error: unknown) => {
        await pool?.end();
        throw error;
      },
    );
    log.info({ instance: bus.instanceId }, "joined the other instances over Redis");
  }
  return {
    pool,
    bus,
    async close() {
      await bus?.close();
      await pool?.end();
    },
  };
}
