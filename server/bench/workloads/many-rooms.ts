import * as Y from "yjs";
import { RawClient } from "../clients/raw-client.ts";
import { MiB, mean, percentile } from "../report/stats.ts";
import { rssBytes, untilIdle } from "../targets/proc-stats.ts";
import { sleep } from "../targets/server-process.ts";
import { paced, within } from "./pacing.ts";
import { metric, param, type Workload } from "./workload.ts";

/** One room's pair: a writer with its own document, and a reader timing each relayed edit. */
export class RoomPair {
  readonly doc = new Y.Doc();
  readonly sentAt: number[] = [];
  readonly latencies: number[] = [];

  constructor(
    readonly writer: RawClient,
    readonly reader: RawClient,
  ) {
    this.doc.on("update", (update: Uint8Array) => writer.sendUpdate(update));
    // Edits in one room are seconds apart, so the n-th update received is the n-th one sent.
    reader.onUpdate = (at) => {
      const sent = this.sentAt[this.latencies.length];
      if (sent !== undefined) this.latencies.push(at - sent);
    };
  }

  /** A note of about `bytes`, written as scattered paragraphs as a person would over time. */
  seed(bytes: number): void {
    const text = this.doc.getText("nota");
    let position = 7;
    while (text.length < bytes) {
      position = (position * 48271) % 2147483647;
      text.insert(position % (text.length + 1), "Proposta: spazi condivisi per il quartiere. ");
    }
  }

  edit(): void {
    this.sentAt.push(performance.now());
    const text = this.doc.getText("nota");
    text.insert(text.length, `Riunione del tavolo, punto ${this.sentAt.length}: `.repeat(3));
  }

  close(): void {
    this.writer.close();
    this.reader.close();
  }
}

/** Many small rooms, two people each, editing lightly: memory per room and its release. */
export const manyRooms: Workload = {
  name: "many-rooms",
  title: "Many rooms: two clients each, light editing",
  tavoloOnly: false,
  defaults: { rooms: 1000, kilobytes: 8, edits: 3, seconds: 6 },
  // Each run takes about 20 s per server: two rounds keep the whole suite within 15 minutes.
  maxRounds: 2,
  quick: { rooms: 100, kilobytes: 2, edits: 2, seconds: 3 },
  metrics: [
    metric("joinSeconds", "all joined s"),
    metric("p99", "edit p99 ms"),
    metric("baselineMiB", "RSS idle MiB"),
    metric("loadedMiB", "RSS loaded MiB"),
    metric("perRoomRatio", "RSS per room / encoded size"),
    metric("afterMiB", "RSS after leave MiB"),
    metric("afterVsBaseline", "after / idle"),
  ],
  async run(session, p) {
    const target = await session.start();
    const refs = await target.rooms(param(p, "rooms"));
    const { server } = target;
    await server.collectGarbage();
    const baseline = rssBytes(server.pid);
    const joinStarted = performance.now();
    const pairs: RoomPair[] = [];
    try {
      for (let i = 0; i < refs.length; i += 100) {
        const batch = refs
          .slice(i, i + 100)
          .map((ref) => new RoomPair(new RawClient(ref), new RawClient(ref)));
        pairs.push(...batch);
        await within(
          Promise.all(batch.flatMap((pair) => [pair.writer.synced, pair.reader.synced])),
          60_000,
          "room pairs synced",
        );
        for (const pair of batch) pair.seed(param(p, "kilobytes") * 1024);
      }
      const joinSeconds = (performance.now() - joinStarted) / 1000;
      const seconds = param(p, "seconds");
      await paced(pairs.length, param(p, "edits") / seconds, seconds, (i) => pairs[i]?.edit());
      await sleep(1000);
      await server.collectGarbage();
      const loaded = rssBytes(server.pid);
      const encoded = mean(pairs.map((pair) => Y.encodeStateAsUpdate(pair.doc).byteLength));
      const latencies = pairs.flatMap((pair) => pair.latencies);
      for (const pair of pairs.splice(0)) pair.close();
      await sleep(500);
      await untilIdle(server.pid);
      // V8 hands freed pages back over more than one collection: two, a moment apart.
      await server.collectGarbage();
      await sleep(2000);
      await server.collectGarbage();
      const after = rssBytes(server.pid);
      return {
        joinSeconds,
        p99: percentile(latencies, 99),
        baselineMiB: baseline / MiB,
        loadedMiB: loaded / MiB,
        perRoomRatio: (loaded - baseline) / refs.length / encoded,
        afterMiB: after / MiB,
        afterVsBaseline: after / baseline,
        encodedBytes: encoded,
      };
    } finally {
      for (const pair of pairs) pair.close();
    }
  },
};
