import * as Y from "yjs";
import type { FullClient } from "../targets/target.ts";
import type { RawClient } from "./raw-client.ts";

/** [writer index, sequence number, performance.now() when written] */
type Stamp = [number, number, number];
const ARRAY = "bench";

/**
 * A writer with its own Yjs document that sends each edit through a raw socket and never
 * decodes what others write: a valid Yjs client whose cost to the benchmark process is small.
 * Every edit appends a stamp; all clients live in this process, so the clocks agree.
 */
export class StampedWriter {
  private readonly doc = new Y.Doc();
  sent = 0;

  constructor(
    readonly index: number,
    client: RawClient,
  ) {
    this.doc.on("update", (update: Uint8Array) => client.sendUpdate(update));
  }

  write(): void {
    this.doc.getArray<Stamp>(ARRAY).push([[this.index, this.sent++, performance.now()]]);
  }
}

/**
 * A stock client that measures propagation: an observer on the shared array computes each
 * stamp's latency as it is applied (no polling), and sequence numbers reveal dropped updates.
 */
export class LatencyProbe {
  readonly latencies: number[] = [];
  private readonly seen = new Map<number, Set<number>>();

  constructor(readonly client: FullClient) {
    client.doc.getArray<Stamp>(ARRAY).observe((event) => {
      const now = performance.now();
      for (const change of event.changes.delta) {
        if (!change.insert) continue;
        for (const [writer, seq, at] of change.insert as Stamp[]) {
          this.latencies.push(now - at);
          const seqs = this.seen.get(writer) ?? new Set<number>();
          this.seen.set(writer, seqs.add(seq));
        }
      }
    });
  }

  /** Updates written but not (yet) seen by this probe. */
  missing(writers: readonly StampedWriter[]): number {
    let missing = 0;
    for (const writer of writers) missing += writer.sent - (this.seen.get(writer.index)?.size ?? 0);
    return missing;
  }
}
