import { RawClient } from "../clients/raw-client.ts";
import { LatencyProbe, StampedWriter } from "../clients/stamped.ts";
import { max, percentile } from "../report/stats.ts";
import { cpuShareDuring } from "../targets/proc-stats.ts";
import { paced, until, within } from "./pacing.ts";
import type { TargetSession } from "./workload.ts";

export interface StampedLoad {
  /** Passive raw readers, on top of writers and probes. */
  readers: number;
  writers: number;
  /** Stock clients that measure latency and drops. */
  probes: number;
  rate: number;
  seconds: number;
  /** Wraps the writing phase alone, e.g. to read counters just before and after it. */
  around?: (phase: () => Promise<void>) => Promise<void>;
}

/**
 * Writers stamp updates into one room at a steady rate while readers receive them: the
 * shared core of the fan-out and many-writers workloads.
 */
export async function runStampedLoad(
  session: TargetSession,
  load: StampedLoad,
): Promise<Record<string, number>> {
  const target = await session.start();
  const [room] = await target.rooms(1);
  if (!room) throw new Error("no room");
  // Servers relay to clients in the order they joined, so probes are spread among the readers:
  // their latencies then sample the whole fan-out, not only its first or last socket.
  const readers: RawClient[] = [];
  const probes: LatencyProbe[] = [];
  const every = Math.max(1, Math.floor(load.readers / Math.max(1, load.probes)));
  for (let i = 0; i < load.readers || probes.length < load.probes; i++) {
    if (i < load.readers) readers.push(new RawClient(room));
    if (probes.length < load.probes && i % every === every - 1) {
      probes.push(new LatencyProbe(target.fullClient(room)));
    }
  }
  const sockets = Array.from({ length: load.writers }, () => new RawClient(room));
  const writers = sockets.map((socket, index) => new StampedWriter(index, socket));
  try {
    const joined = [...readers, ...sockets].map((client) => client.synced);
    await within(
      Promise.all([...joined, ...probes.map((probe) => probe.client.synced)]),
      30_000,
      "every client synced",
    );
    const write = () =>
      paced(load.writers, load.rate, load.seconds, (actor) => writers[actor]?.write());
    const { around } = load;
    const cpu = await cpuShareDuring(target.server.pid, around ? () => around(write) : write);
    const missing = () => probes.reduce((sum, probe) => sum + probe.missing(writers), 0);
    await until(() => missing() === 0, 3000);
    const latencies = probes.flatMap((probe) => probe.latencies);
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: max(latencies),
      dropped: missing(),
      cpu,
      sent: writers.reduce((sum, writer) => sum + writer.sent, 0),
    };
  } finally {
    for (const client of [...readers, ...sockets]) client.close();
    for (const probe of probes) probe.client.destroy();
  }
}
