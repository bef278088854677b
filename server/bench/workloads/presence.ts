import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { RawClient } from "../clients/raw-client.ts";
import { mean } from "../report/stats.ts";
import { cpuShareDuring } from "../targets/proc-stats.ts";
import { paced, within } from "./pacing.ts";
import { metric, param, type Workload } from "./workload.ts";

/** A raw client with its own awareness: a cursor that moves once a period. */
class Cursor {
  private readonly doc = new Y.Doc();
  private readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private position = 0;

  constructor(
    readonly client: RawClient,
    index: number,
  ) {
    this.awareness.setLocalState({
      user: { name: `Partecipante ${index}`, color: `#${(index * 4099).toString(16).slice(-6)}` },
      cursor: null,
    });
  }

  move(): void {
    this.position++;
    this.awareness.setLocalStateField("cursor", { anchor: this.position, head: this.position });
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
    this.client.sendAwareness(update);
  }

  destroy(): void {
    this.awareness.destroy();
    this.client.close();
  }
}

/** Many people in one room whose cursors move: the server's cost of relaying presence. */
export const presence: Workload = {
  name: "presence",
  title: "Presence: awareness from every client once a second",
  tavoloOnly: false,
  defaults: { clients: 200, rate: 1, seconds: 6 },
  quick: { clients: 40, seconds: 3 },
  metrics: [metric("cpu", "server CPU %"), metric("received", "frames received per client/s")],
  async run(session, p) {
    const target = await session.start();
    const [room] = await target.rooms(1);
    if (!room) throw new Error("no room");
    const cursors = Array.from(
      { length: param(p, "clients") },
      (_, i) => new Cursor(new RawClient(room), i),
    );
    try {
      await within(Promise.all(cursors.map((c) => c.client.synced)), 30_000, "clients synced");
      const seconds = param(p, "seconds");
      const before = cursors.map((c) => c.client.messagesReceived);
      const cpu = await cpuShareDuring(target.server.pid, () =>
        paced(cursors.length, param(p, "rate"), seconds, (i) => cursors[i]?.move()),
      );
      const received = cursors.map(
        (c, i) => (c.client.messagesReceived - (before[i] ?? 0)) / seconds,
      );
      return { cpu, received: mean(received) };
    } finally {
      for (const cursor of cursors) cursor.destroy();
    }
  },
};
