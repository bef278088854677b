import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ApiClient, type Procedure, type WorkspaceRoom } from "@tavolo/shared";
import { percentile } from "../report/stats.ts";
import type { RunningTarget } from "../targets/target.ts";
import { tavolo } from "../targets/tavolo.ts";
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

/** One PATCH of the procedure on the server at `url`: its latency in ms. */
export async function timedWrite(url: string, cookie: string, procedureId: string, n: number) {
  const started = performance.now();
  const response = await fetch(`${url}/api/procedures/${procedureId}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ description: `Descrizione ${n}` }),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`PATCH answered ${response.status}`);
  return performance.now() - started;
}

const summary = (latencies: number[]) => ({
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
});

/**
 * The cost of one small API write (PATCH of a procedure: one record and one audit event) on an
 * instance with `small` procedures and on one with `large` procedures, each with `versions`
 * frozen versions. Real servers, real HTTP. The first procedure is made through the API; the
 * others are copies of it (new ids) added with the servers stopped. Both servers then run side
 * by side and the writes alternate between them, so that whatever else the machine is doing
 * weighs on both alike.
 */
export const apiWrites: Workload = {
  name: "api-writes",
  title: "API write latency, 10 vs 1,000 procedures of 10 versions each (Tavolo only)",
  tavoloOnly: true,
  defaults: { small: 10, large: 1000, versions: 10, writes: 400 },
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
    const first = await session.start();
    const { api, procedureId } = await provision(first, param(p, "versions"));
    await first.server.stop();
    const largeDir = await mkdtemp(path.join(tmpdir(), "bench-api-writes-large-"));
    try {
      await cp(session.dataDir, largeDir, { recursive: true });
      const template = await readTemplate(session.dataDir, procedureId);
      await addCopies(session.dataDir, template, param(p, "small") - 1);
      await addCopies(largeDir, template, param(p, "large") - 1);
      // Each start compacts the copies into one snapshot before the server listens.
      const small = await session.start();
      const large = await tavolo.start({ dataDir: largeDir });
      try {
        const latencies = { small: [] as number[], large: [] as number[] };
        const targets = [
          { port: small.server.port, into: latencies.small },
          { port: large.server.port, into: latencies.large },
        ];
        for (let i = 0; i < WARM_UP + param(p, "writes"); i++) {
          for (const { port, into } of i % 2 === 0 ? targets : [...targets].reverse()) {
            const ms = await timedWrite(
              `http://127.0.0.1:${port}`,
              api.cookieHeader,
              procedureId,
              i,
            );
            if (i >= WARM_UP) into.push(ms);
          }
        }
        const before = summary(latencies.small);
        const after = summary(latencies.large);
        return {
          smallP50: before.p50,
          smallP99: before.p99,
          largeP50: after.p50,
          largeP99: after.p99,
          ratioP50: after.p50 / before.p50,
          ratioP99: after.p99 / before.p99,
          smallMetadataKiB: (await metadataBytes(session.dataDir)) / 1024,
          largeMetadataKiB: (await metadataBytes(largeDir)) / 1024,
        };
      } finally {
        await large.server.stop();
      }
    } finally {
      await rm(largeDir, { recursive: true, force: true });
    }
  },
};
