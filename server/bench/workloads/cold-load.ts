import { mkdir, open, stat } from "node:fs/promises";
import path from "node:path";
import * as Y from "yjs";
import { encodeFrame, LOG_MAGIC } from "../../src/storage/update-log-codec.ts";
import { RawClient } from "../clients/raw-client.ts";
import { within } from "./pacing.ts";
import { metric, param, type Workload } from "./workload.ts";

/** `count` small updates as one client typing would make them, one update per keystroke. */
function typedUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const text = doc.getText("verbale");
  for (let i = 0; i < count; i++) text.insert(i % 7 === 0 ? 0 : text.length, "ab"[i % 2] ?? "a");
  return updates;
}

/**
 * A room whose log holds many small updates (a long session never compacted, e.g. after a
 * crash): time until a client is served the document after a restart, and the log's size
 * before and after the compaction the load performs. Tavolo only: it reads Tavolo's log file.
 */
export const coldLoad: Workload = {
  name: "cold-load",
  title: "Cold load of a long update log after a restart (Tavolo only)",
  tavoloOnly: true,
  defaults: { updates: 100_000 },
  quick: { updates: 10_000 },
  metrics: [
    metric("firstSyncMs", "time to first sync ms", false),
    metric("logBytesBefore", "log bytes before", false),
    metric("logBytesAfter", "log bytes after compaction", false),
  ],
  async run(session, p) {
    const first = await session.start();
    const [room] = await first.rooms(1);
    if (!room) throw new Error("no room");
    await first.server.stop();
    const rooms = path.join(session.dataDir, "rooms");
    await mkdir(rooms, { recursive: true });
    const file = path.join(rooms, `${room.name}.ylog`);
    const handle = await open(file, "w");
    await handle.writev([LOG_MAGIC, ...typedUpdates(param(p, "updates")).map(encodeFrame)]);
    await handle.close();
    const before = (await stat(file)).size;

    await session.start();
    const client = new RawClient(room);
    try {
      await within(client.synced, 60_000, "first sync after restart");
      return {
        firstSyncMs: client.timeToSyncMs ?? Number.NaN,
        logBytesBefore: before,
        logBytesAfter: (await stat(file)).size,
      };
    } finally {
      client.close();
    }
  },
};
