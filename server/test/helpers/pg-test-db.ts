import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import pg from "pg";

/**
 * The PostgreSQL and Redis the cluster tests use (README, "Più istanze"); others may test
 * against the same ones at once, so each test works in its own schema and channel prefix.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export interface PgTestDb {
  /** TEST_DATABASE_URL with the test's schema as its search_path. */
  url: string;
  schema: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/** Creates a fresh, empty schema `tavolo_t_<random>` for one test. */
export async function pgTestDb(): Promise<PgTestDb> {
  const schema = `tavolo_t_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    drop: () => adminQuery(`DROP SCHEMA ${schema} CASCADE`),
  };
}

/** A Redis channel prefix no other test uses. */
export function redisTestPrefix(): string {
  return `tavolo-t-${randomBytes(6).toString("hex")}:`;
}

/** Cuts the Redis connection named `name` (only it: others may share this Redis). */
export async function killRedisConnection(name: string): Promise<void> {
  const admin = new Redis(TEST_REDIS_URL);
  try {
    const list = String(await admin.call("CLIENT", "LIST"));
    const line = list.split("\n").find((entry) => entry.includes(`name=${name} `));
    const id = /\bid=(\d+)/.exec(line ?? "")?.[1];
    if (!id) throw new Error(`no Redis connection named ${name}`);
    await admin.call("CLIENT", "KILL", "ID", id);
  } finally {
    await admin.quit();
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The settings several instances share in a test: a fresh schema's URL, the test Redis, a
 * channel prefix of their own and one signing secret.
 */
export function instancesEnv(db: PgTestDb): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_CHANNEL_PREFIX: redisTestPrefix(),
    SESSION_SECRET: randomBytes(32).toString("hex"),
  };
}
