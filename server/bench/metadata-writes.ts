import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { ApiClient, type Procedure } from "@tavolo/shared";
import pg from "pg";
import pino from "pino";
import { loadConfig } from "../src/config.ts";
import { type RunningServer, startServer } from "../src/server.ts";
import { percentile } from "./report/stats.ts";
import { timedWrite } from "./workloads/api-writes.ts";

/**
 * `npm run bench:metadata`: the latency of one small API write (PATCH of a procedure: one
 * metadata record) on the embedded store and on two instances sharing PostgreSQL, servers side
 * by side in this process, the writes alternating between them so that the machine's load weighs
 * on all alike; then the same writes sent to both PostgreSQL instances at once, where each
 * record number is raced for. BENCH_DATABASE_URL (default: the test database) gets a schema of
 * its own, dropped at the end.
 */
const WRITES = Number(process.env.BENCH_WRITES ?? 300);
const WARM_UP = 20;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function start(env: Record<string, string>): Promise<RunningServer> {
  const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", SIGNUP_POLICY: "open", ...env });
  return startServer(config, pino({ level: "silent" }));
}

/** A signed-in facilitator's procedure on `server`. */
async function provision(server: RunningServer) {
  const api = new ApiClient(server.url);
  await api.ok("POST", "/api/session", { displayName: "Benchmark" });
  const procedure = await api.ok<Procedure>("POST", "/api/procedures", {
    title: "Housing sociale Mentana",
    amministrazione: "Comune di Mentana",
  });
  return { cookie: api.cookieHeader, procedureId: procedure.id };
}

const ms = (values: number[], p: number) => percentile(values, p).toFixed(2);

const schema = `tavolo_bench_${randomBytes(6).toString("hex")}`;
const dataDirs = [await mkdtemp(path.join(tmpdir(), "tavolo-bench-md-"))];
await adminQuery(`CREATE SCHEMA ${schema}`);
const url = new URL(DATABASE_URL);
url.searchParams.set("options", `-c search_path=${schema}`);
const servers: RunningServer[] = [];
try {
  const embedded = await start({ DATA_DIR: dataDirs[0] ?? "" });
  servers.push(embedded);
  const onPg: RunningServer[] = [];
  for (let i = 0; i < 2; i++) {
    const dir = await mkdtemp(path.join(tmpdir(), "tavolo-bench-md-"));
    dataDirs.push(dir);
    onPg.push(await start({ DATA_DIR: dir, DATABASE_URL: url.toString() }));
  }
  servers.push(...onPg);
  const [a, b] = onPg;
  if (!a || !b) throw new Error("two instances");
  const local = await provision(embedded);
  const shared = await provision(a); // the same session and procedure on both instances

  const latencies = { embedded: [] as number[], a: [] as number[], b: [] as number[] };
  for (let n = 0; n < WRITES + WARM_UP; n++) {
    const round = [
      await timedWrite(embedded.url, local.cookie, local.procedureId, n),
      await timedWrite(a.url, shared.cookie, shared.procedureId, n),
      await timedWrite(b.url, shared.cookie, shared.procedureId, n),
    ];
    if (n < WARM_UP) continue;
    latencies.embedded.push(round[0] ?? 0);
    latencies.a.push(round[1] ?? 0);
    latencies.b.push(round[2] ?? 0);
  }
  const raced: number[] = [];
  for (let n = 0; n < WRITES / 2; n++) {
    raced.push(
      ...(await Promise.all(
        [a, b].map((server) => timedWrite(server.url, shared.cookie, shared.procedureId, n)),
      )),
    );
  }
  const pgBoth = [...latencies.a, ...latencies.b];
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; ${WRITES} writes each`,
  );
  console.log(
    `embedded          p50 ${ms(latencies.embedded, 50)} ms  p99 ${ms(latencies.embedded, 99)} ms`,
  );
  console.log(`PostgreSQL (A, B) p50 ${ms(pgBoth, 50)} ms  p99 ${ms(pgBoth, 99)} ms`);
  console.log(`raced on A and B  p50 ${ms(raced, 50)} ms  p99 ${ms(raced, 99)} ms`);
  const ratio = (p: number) =>
    (percentile(pgBoth, p) / percentile(latencies.embedded, p)).toFixed(2);
  console.log(`PostgreSQL / embedded: p50 ${ratio(50)}, p99 ${ratio(99)}`);
} finally {
  for (const server of servers) await server.close();
  await adminQuery(`DROP SCHEMA ${schema} CASCADE`);
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
}
