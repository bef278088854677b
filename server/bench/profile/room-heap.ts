/**
 * What one loaded room costs in a server's memory, by kind of object: starts a server (Tavolo,
 * a Tavolo checkout, or y-websocket), fills N rooms as the many-rooms workload does, takes a
 * heap snapshot, fills N more, takes another, and prints the difference per room.
 *
 *   node --import tsx server/bench/profile/room-heap.ts --rooms=300 --top=40
 *     [--target=tavolo|tavolo-baseline|y-websocket]   (tavolo-baseline: BENCH_BASELINE_DIR)
 */
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as Y from "yjs";
import { RawClient } from "../clients/raw-client.ts";
import { mean } from "../report/stats.ts";
import { yWebsocket } from "../targets/peers.ts";
import { rssBytes, untilIdle } from "../targets/proc-stats.ts";
import { sleep } from "../targets/server-process.ts";
import type { RoomRef, Target } from "../targets/target.ts";
import { tavolo, tavoloBaseline } from "../targets/tavolo.ts";
import { RoomPair } from "../workloads/many-rooms.ts";
import { within } from "../workloads/pacing.ts";
import { groupHeap, perUnit } from "./heap-snapshot.ts";

const { values } = parseArgs({
  options: {
    rooms: { type: "string", default: "300" },
    target: { type: "string", default: "tavolo" },
    top: { type: "string", default: "40" },
    kilobytes: { type: "string", default: "8" },
    keep: { type: "boolean", default: false },
  },
});
const rooms = Number(values.rooms);
interface HeapSpace {
  name: string;
  committedKiB: number;
  usedKiB: number;
}
const snapshots = await mkdtemp(path.join(tmpdir(), "room-heap-"));
const dataDir = await mkdtemp(path.join(tmpdir(), "room-heap-data-"));
// SIGUSR2 is the benchmark's GC signal and SIGUSR1 the inspector's: the snapshot takes SIGWINCH.
const spacesFile = path.join(snapshots, "spaces.jsonl");
const env = {
  NODE_OPTIONS: `--heapsnapshot-signal=SIGWINCH --diagnostic-dir=${snapshots}`,
  BENCH_HEAP_SPACES: spacesFile,
};
const targets: Record<string, Target> = {
  tavolo,
  "tavolo-baseline": tavoloBaseline,
  "y-websocket": yWebsocket,
};
const target = targets[values.target];
if (!target) throw new Error(`unknown target ${values.target}`);
const running = await target.start({ dataDir, env });

async function fill(refs: RoomRef[]): Promise<RoomPair[]> {
  const pairs = refs.map((ref) => new RoomPair(new RawClient(ref), new RawClient(ref)));
  await within(
    Promise.all(pairs.flatMap((pair) => [pair.writer.synced, pair.reader.synced])),
    60_000,
    "synced",
  );
  for (const pair of pairs) pair.seed(Number(values.kilobytes) * 1024);
  await sleep(1000);
  for (const pair of pairs) pair.edit();
  await sleep(1000);
  await untilIdle(running.server.pid);
  return pairs;
}

async function rssAfterGc(): Promise<number> {
  await running.server.collectGarbage();
  await sleep(500);
  return rssBytes(running.server.pid);
}

async function snapshot(): Promise<string> {
  const before = new Set(await readdir(snapshots));
  running.server.child.kill("SIGWINCH");
  for (;;) {
    await sleep(1000);
    const fresh = (await readdir(snapshots)).find(
      (name) => name.endsWith(".heapsnapshot") && !before.has(name),
    );
    if (!fresh) continue;
    const file = path.join(snapshots, fresh);
    const size = (await stat(file)).size;
    await sleep(1500);
    if ((await stat(file)).size === size && size > 0) return file;
  }
}

try {
  const refs = await running.rooms(2 * rooms);
  const idle = await rssAfterGc();
  const first = await fill(refs.slice(0, rooms));
  // RSS before any snapshot: taking one grows the process by far more than the rooms.
  const rss = ((await rssAfterGc()) - idle) / rooms;
  const a = await snapshot();
  const second = await fill(refs.slice(rooms));
  await rssAfterGc();
  const b = await snapshot();
  const encoded = mean([...first, ...second].map((p) => Y.encodeStateAsUpdate(p.doc).byteLength));
  // One line per collection: idle, after N rooms, after 2N rooms.
  const spaces = (await readFile(spacesFile, "utf8")).trim().split("\n");
  for (const [index, stage] of ["idle", `${rooms} rooms`, `${2 * rooms} rooms`].entries()) {
    const all = JSON.parse(spaces[index] ?? "[]") as HeapSpace[];
    const old = all.find((space) => space.name === "old_space");
    console.log(`${stage}: old space committed ${old?.committedKiB} KiB, used ${old?.usedKiB} KiB`);
  }
  const rows = perUnit(await groupHeap(a), await groupHeap(b), rooms);
  const heap = rows.reduce((sum, row) => sum + row.bytes, 0);
  console.log(`${values.target}: ${rooms} rooms more`);
  console.log(`encoded ${encoded.toFixed(0)} B; per room: RSS ${rss.toFixed(0)} B`);
  console.log(`(${(rss / encoded).toFixed(1)}x), heap ${heap.toFixed(0)} B`);
  for (const row of rows.slice(0, Number(values.top))) {
    console.log(
      `${row.bytes.toFixed(0).padStart(8)} B ${row.count.toFixed(1).padStart(7)}  ${row.key}`,
    );
  }
  for (const pair of [...first, ...second]) pair.close();
} finally {
  await running.server.stop();
  await rm(dataDir, { recursive: true, force: true });
  if (values.keep) console.log(`snapshots kept in ${snapshots}`);
  else await rm(snapshots, { recursive: true, force: true });
}
