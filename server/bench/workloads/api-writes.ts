import { performance } from "node:perf_hooks";
import { ApiClient, type Procedure, type WorkspaceRoom } from "@tavolo/shared";
import { percentile } from "../report/stats.ts";
import type { RunningTarget } from "../targets/target.ts";
import { addCopies, metadataBytes, readTemplate } from "./api-writes-seed.ts";
import { metric, param, type Workload } from "./workload.ts";

/** Writes not measured at the start of each phase (JIT, first loads). */
const WARM_UP = 20;

/** A facilitator's procedure with one proposal frozen `versions` times, made through the API. */
async function provision(target: RunningTarget, versions: number) {
  const api = new ApiClient(`http://127.0.0.1:${target.server.port}`);
  await api.ok("POST", "/api/session", { displayName: "Benchmark" });
  const procedure = await api.ok<Procedure>("POST", "/api/procedures", {
    title: "Housing sociale Mentana",
    amministrazione: "Comune di Mentana",
  });
  const room = await api.ok<WorkspaceRoom>("POST", `/api/procedures/${procedure.id}/rooms`, {
    kind: "documento",
    title: "Proposta progettuale",
    documentKey: "progetto-definitivo",
    templateId: "proposta-art55",
  });
  for (let i = 1; i <= versions; i++) {
    await api.ok("POST", `/api/rooms/${room.id}/versions`, { label: `Versione ${i}` });
  }
  return { api, procedureId: procedure.id };
}

/** Latencies (ms) of `count` sequential PATCHes of the procedure, after a warm-up. */
async function measureWrites(api: ApiClient, procedureId: string, count: number) {
  const latencies: number[] = [];
  for (let i = 0; i < WARM_UP + count; i++) {
    const started = performance.now();
    await api.ok("PATCH", `/api/procedures/${procedureId}`, { description: `Descrizione ${i}` });
    if (i >= WARM_UP) latencies.push(performance.now() - started);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * The cost of one small API write (PATCH of a procedure: one record and one audit event) on an
 * instance with `small` procedures, then on the same instance grown to `large` procedures, each
 * with `versions` frozen versions. The real server, real HTTP; the extra procedures are copies of
 * the first as it was before the measured writes (new ids), added with the server stopped.
 */
export const apiWrites: Workload = {
  name: "api-writes",
  title: "API write latency, 10 vs 1,000 procedures of 10 versions each (Tavolo only)",
  tavoloOnly: true,
  defaults: { small: 10, large: 1000, versions: 10, writes: 300 },
  quick: { large: 200, writes: 100 },
  metrics: [
    metric("smallP50", "p50 ms, small", false),
    metric("smallP99", "p99 ms, small", false),
    metric("largeP50", "p50 ms, large", false),
    metric("largeP99", "p99 ms, large", false),
    metric("ratioP50", "p50 large / small (< 1.5)", false),
    metric("ratioP99", "p99 large / small (< 1.5)", false),
    metric("smallMetadataKiB", "metadata KiB, small", false),
    metric("largeMetadataKiB", "metadata KiB, large", false),
  ],
  async run(session, p) {
    let target = await session.start();
    const { api, procedureId } = await provision(target, param(p, "versions"));
    const writes = param(p, "writes");
    const small = param(p, "small");

    // Each restart compacts the copies into one snapshot before the server listens.
    await target.server.stop();
    // Copied as it is now, before the measured writes add to its audit trail.
    const template = await readTemplate(session.dataDir, procedureId);
    await addCopies(session.dataDir, template, small - 1);
    target = await session.start();
    const smallBytes = await metadataBytes(session.dataDir);
    const before = await measureWrites(api, procedureId, writes);

    await target.server.stop();
    await addCopies(session.dataDir, template, param(p, "large") - small);
    target = await session.start();
    const largeBytes = await metadataBytes(session.dataDir);
    const after = await measureWrites(api, procedureId, writes);
    return {
      smallP50: before.p50,
      smallP99: before.p99,
      largeP50: after.p50,
      largeP99: after.p99,
      ratioP50: after.p50 / before.p50,
      ratioP99: after.p99 / before.p99,
      smallMetadataKiB: smallBytes / 1024,
      largeMetadataKiB: largeBytes / 1024,
    };
  },
};
