import * as Y from "yjs";
import { RawClient } from "../clients/raw-client.ts";
import { MiB, max, percentile } from "../report/stats.ts";
import { peakRss, rssBytes } from "../targets/proc-stats.ts";
import type { RoomRef } from "../targets/target.ts";
import { within } from "./pacing.ts";
import { metric, param, type Workload } from "./workload.ts";

let cached: { bytes: number; update: Uint8Array } | null = null;

/**
 * A document of about `bytes` encoded bytes, written as many paragraphs inserted at scattered
 * places (so it holds many items, like a real long text), built once per benchmark process.
 */
function bigDocument(bytes: number): Uint8Array {
  if (cached?.bytes === bytes) return cached.update;
  const doc = new Y.Doc();
  const text = doc.getText("proposta");
  const paragraph = "Il Comune e gli enti del Terzo settore co-progettano l'intervento. ".repeat(6);
  let seed = 7;
  doc.transact(() => {
    while (text.length < bytes) {
      seed = (seed * 48271) % 2147483647;
      text.insert(seed % (text.length + 1), paragraph);
    }
  });
  cached = { bytes, update: Y.encodeStateAsUpdate(doc) };
  return cached.update;
}

/** Many people opening one large document at the same moment, e.g. at a meeting's start. */
export const joinStorm: Workload = {
  name: "join-storm",
  title: "Join storm: many clients open a large document at once",
  tavoloOnly: false,
  defaults: { clients: 150, megabytes: 4 },
  quick: { clients: 30, megabytes: 1 },
  metrics: [
    metric("p50", "p50 to synced ms"),
    metric("p99", "p99 to synced ms"),
    metric("max", "max ms"),
    metric("peakMiB", "peak RSS MiB"),
  ],
  async run(session, p) {
    const target = await session.start();
    const [room] = await target.rooms(1);
    if (!room) throw new Error("no room");
    const update = bigDocument(param(p, "megabytes") * 1024 * 1024);
    const author = new RawClient(room);
    const clients: RawClient[] = [author];
    try {
      await within(author.synced, 10_000, "author synced");
      author.sendUpdate(update);
      // The author stays, so the document is loaded and stored when the storm starts.
      if (!(await probeHolds(room, update.byteLength)))
        throw new Error("the document was never served back");
      const sampler = peakRss(target.server.pid);
      const before = rssBytes(target.server.pid);
      const joiners = Array.from({ length: param(p, "clients") }, () => new RawClient(room));
      clients.push(...joiners);
      await within(Promise.all(joiners.map((j) => j.synced)), 60_000, "joiners synced");
      const peak = sampler.stop();
      const times = joiners.map((j) => j.timeToSyncMs ?? Number.NaN);
      return {
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        max: max(times),
        peakMiB: peak / MiB,
        beforeMiB: before / MiB,
        encodedBytes: update.byteLength,
      };
    } finally {
      for (const client of clients) client.close();
    }
  },
};

/** Waits until a fresh joiner is served at least `bytes` of state. */
async function probeHolds(room: RoomRef, bytes: number): Promise<boolean> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const probe = new RawClient(room);
    await within(probe.synced, 30_000, "probe synced");
    const size = probe.bytesReceived;
    probe.close();
    if (size >= bytes) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
