import { randomBytes } from "node:crypto";
import { startTestServer, type TestServer } from "./in-process-server.ts";
import { pgTestDb, redisTestPrefix, TEST_REDIS_URL } from "./pg-test-db.ts";

/**
 * `count` in-process instances on one fresh PostgreSQL schema and one Redis channel prefix;
 * `cleanups` receives what stops them and drops the schema (run it in reverse order).
 */
export async function pgInstances(
  count: number,
  cleanups: (() => Promise<void>)[],
): Promise<TestServer[]> {
  const db = await pgTestDb();
  cleanups.push(db.drop);
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_CHANNEL_PREFIX: redisTestPrefix(),
    SESSION_SECRET: randomBytes(32).toString("hex"),
  };
  const instances: TestServer[] = [];
  for (let i = 0; i < count; i++) {
    const instance = await startTestServer(env);
    cleanups.push(() => instance.close());
    instances.push(instance);
  }
  return instances;
}
