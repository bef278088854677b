import type { RoomName } from "@tavolo/shared";
import type { Logger } from "pino";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { Room } from "../sync/room.ts";
import { STORED_ELSEWHERE } from "../sync/room.ts";
import type { Relay, RelayLink } from "../sync/room-registry.ts";
import type { RedisBus } from "./redis-bus.ts";

/** First byte of a relayed message: what follows it. */
const Kind = { update: 0, awareness: 1 } as const;

/** Redis channel of a room (after REDIS_CHANNEL_PREFIX). */
export const roomChannel = (name: RoomName) => `room:${name}`;

/**
 * Shares open rooms between instances over the bus: each group commit, once stored in
 * PostgreSQL, goes to the other instances holding the room (merged into one update), which
 * apply it with the STORED_ELSEWHERE origin (not stored or checked again) and send it to their
 * peers; presence changes go the same way.
 */
export class RoomRelay implements Relay {
  constructor(
    private readonly bus: RedisBus,
    private readonly log: Logger,
  ) {}

  async open(name: RoomName): Promise<RelayLink> {
    const link = new RoomLink(this.bus, name, this.log);
    await link.listen();
    return link;
  }
}

class RoomLink implements RelayLink {
  private room: Room | null = null;
  /** Messages heard between `listen` and `bind`, while the room loads. */
  private early: Buffer[] = [];
  private stop: (() => Promise<void>) | null = null;
  private readonly channel: string;

  constructor(
    private readonly bus: RedisBus,
    name: RoomName,
    private readonly log: Logger,
  ) {
    this.channel = roomChannel(name);
  }

  async listen(): Promise<void> {
    this.stop = await this.bus.subscribe(this.channel, (message) => this.receive(message));
  }

  bind(room: Room): void {
    this.room = room;
    for (const message of this.early.splice(0)) this.receive(message);
    room.awareness.on("update", this.onAwareness);
  }

  publish(updates: readonly Uint8Array[]): void {
    const update = updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates([...updates]);
    this.send(Kind.update, update);
  }

  async close(): Promise<void> {
    this.room?.awareness.off("update", this.onAwareness);
    this.room = null;
    await this.stop?.().catch((error: unknown) => {
      this.log.warn({ err: error, channel: this.channel }, "could not unsubscribe");
    });
  }

  private receive(message: Buffer): void {
    const room = this.room;
    if (!room) {
      if (this.stop) this.early.push(message);
      return;
    }
    if (room.state === "closed") return;
    const body = message.subarray(1);
    if (message[0] === Kind.update) Y.applyUpdate(room.doc, body, STORED_ELSEWHERE);
    else if (message[0] === Kind.awareness) {
      awarenessProtocol.applyAwarenessUpdate(room.awareness, body, STORED_ELSEWHERE);
    }
  }

  /** Presence changes made here (by this instance's peers, or their departure) go out. */
  private readonly onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const room = this.room;
    if (origin === STORED_ELSEWHERE || !room) return;
    const changed = [...change.added, ...change.updated, ...change.removed];
    this.send(Kind.awareness, awarenessProtocol.encodeAwarenessUpdate(room.awareness, changed));
  };

  private send(kind: number, body: Uint8Array): void {
    const message = new Uint8Array(body.byteLength + 1);
    message[0] = kind;
    message.set(body, 1);
    this.bus.publish(this.channel, message).catch((error: unknown) => {
      this.log.warn({ err: error, channel: this.channel }, "could not relay to other instances");
    });
  }
}
