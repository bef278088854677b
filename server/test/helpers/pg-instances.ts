import { startTestServer, type TestServer } from "./in-process-server.ts";
import { instancesEnv, pgTestDb } from "./pg-test-db.ts";

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
  const env = instancesEnv(db);
  const instances: TestServer[] = [];
  for (let i = 0; i < count; i++) {
    const instance = await startTestServer(env);
    cleanups.push(() => instance.close());
    instances.push(instance);
  }
  return instances;
}
