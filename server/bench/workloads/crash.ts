import { sleep } from "../targets/server-process.ts";
import type { FullClient, RoomRef, RunningTarget } from "../targets/target.ts";
import { until, within } from "./pacing.ts";
import { metric, param, type Workload } from "./workload.ts";

const entries = (client: FullClient) => client.doc.getArray<string>("log").toArray();

/** A stock client that remembers every entry it was ever shown by the server. */
function witness(target: RunningTarget, room: RoomRef): { client: FullClient; seen: Set<string> } {
  const client = target.fullClient(room);
  const seen = new Set<string>();
  client.doc.getArray<string>("log").observe((event) => {
    for (const change of event.changes.delta) {
      for (const entry of (change.insert as string[] | undefined) ?? []) seen.add(entry);
    }
  });
  return { client, seen };
}

/** Entries of `seen` that a fresh client is not served by the restarted server. */
async function lostAfterRestart(target: RunningTarget, room: RoomRef, seen: Set<string>) {
  const checker = target.fullClient(room);
  try {
    await within(checker.synced, 20_000, "checker synced after restart");
    const stored = new Set(entries(checker));
    return [...seen].filter((entry) => !stored.has(entry)).length;
  } finally {
    checker.destroy();
  }
}

/**
 * SIGKILLs the server at random moments while stock clients write, and checks after each
 * restart, before any author can re-send, that every edit another client saw is still there.
 */
export const crash: Workload = {
  name: "crash",
  title: "Crash: random SIGKILLs under load (Tavolo only)",
  tavoloOnly: true,
  defaults: { kills: 200, writers: 2, rate: 50, minms: 100, maxms: 400 },
  quick: { kills: 5 },
  metrics: [
    metric("lost", "seen then lost", false),
    metric("witnessed", "edits seen by a witness", false),
    metric("kills", "SIGKILLs", false),
    metric("unconverged", "author edits missing at the end", false),
  ],
  async run(session, p) {
    let target = await session.start();
    const [room] = await target.rooms(1);
    if (!room) throw new Error("no room");
    const writers = Array.from({ length: param(p, "writers") }, () => target.fullClient(room));
    const watcher = witness(target, room);
    const everyone = [...writers, watcher.client];
    await within(Promise.all(everyone.map((c) => c.synced)), 20_000, "clients synced");
    let written = 0;
    const writing = setInterval(() => {
      for (const [w, writer] of writers.entries())
        writer.doc.getArray("log").push([`${w}:${written}`]);
      written++;
    }, 1000 / param(p, "rate"));
    let lost = 0;
    try {
      for (let kill = 0; kill < param(p, "kills"); kill++) {
        const [min, max] = [param(p, "minms"), param(p, "maxms")];
        await sleep(min + Math.random() * (max - min));
        await target.server.kill();
        // Nobody may reconnect (and re-send) before the check: only the server's disk counts.
        for (const client of everyone) client.disconnect();
        target = await session.start();
        lost += await lostAfterRestart(target, room, new Set(watcher.seen));
        for (const client of everyone) client.connect();
      }
    } finally {
      clearInterval(writing);
    }
    const checker = target.fullClient(room);
    const expected = written * writers.length;
    await within(checker.synced, 20_000, "final checker synced");
    await until(() => entries(checker).length >= expected, 20_000);
    const unconverged = expected - new Set(entries(checker)).size;
    for (const client of [...everyone, checker]) client.destroy();
    return { lost, witnessed: watcher.seen.size, kills: param(p, "kills"), unconverged };
  },
};
