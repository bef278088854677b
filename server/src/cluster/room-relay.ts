import type { RoomName } from "@tavolo/shared";
import type { Logger } from "pino";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { DocStore } from "../storage/doc-store.ts";
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
 * peers; presence changes go the same way. Pub/sub does not replay what an instance missed
 * while Redis was unreachable, so once the bus is back every open room reads its log again.
 */
export class RoomRelay implements Relay {
  private readonly links = new Set<RoomLink>();

  constructor(
    private readonly bus: RedisBus,
    private readonly store: DocStore,
    private readonly log: Logger,
  ) {
    bus.onReconnect(() => {
      for (const link of this.links) link.catchUp();
    });
  }

  async open(name: RoomName): Promise<RelayLink> {
    const link = new RoomLink(this.bus, this.store, name, this.log, () => this.links.delete(link));
    this.links.add(link);
    await link.listen().catch((error: unknown) => {
      this.links.delete(link);
      throw error;
    });
    return link;
  }
}

class RoomLink implements RelayLink {
  private room: Room | null = null;
  /** Messages heard between `listen` and `bind`, while the room loads. */
  private early: Buffer[] = [];
  private stop: (() => Promise<void>) | null = null;
  /** The bus came back before the room was bound: it catches up once bound. */
  private missed = false;
  private closed = false;
  private readonly channel: string;

  constructor(
    private readonly bus: RedisBus,
    private readonly store: DocStore,
    private readonly name: RoomName,
    private readonly log: Logger,
    private readonly forget: () => void,
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
    if (this.missed) this.catchUp();
  }

  /** Applies the room's whole stored log: what was missed is in it, the rest changes nothing. */
  catchUp(): void {
    const room = this.room;
    if (!room) {
      this.missed = true;
      return;
    }
    this.missed = false;
    this.readLog(room).catch((error: unknown) => {
      this.log.error({ err: error, room: this.name }, "could not catch up after a Redis outage");
    });
  }

  publish(updates: readonly Uint8Array[]): void {
    const update = updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates([...updates]);
    this.send(Kind.update, update);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.forget();
    this.room?.awareness.off("update", this.onAwareness);
    this.room = null;
    await this.stop?.().catch((error: unknown) => {
      this.log.warn({ err: error, channel: this.channel }, "could not unsubscribe");
    });
  }

  private receive(message: Buffer): void {
    const room = this.room;
    if (this.closed) return;
    if (!room) {
      this.early.push(message);
      return;
    }
    if (room.state === "closed") return;
    const body = message.subarray(1);
    if (message[0] === Kind.update) Y.applyUpdate(room.doc, body, STORED_ELSEWHERE);
    else if (message[0] === Kind.awareness) {
      awarenessProtocol.applyAwarenessUpdate(room.awareness, body, STORED_ELSEWHERE);
    }
  }

  private async readLog(room: Room): Promise<void> {
    const stored = await this.store.open(this.name);
    try {
      if (room.state === "closed") return;
      room.doc.transact(() => {
        for (const update of stored.initialUpdates) Y.applyUpdate(room.doc, update);
      }, STORED_ELSEWHERE);
    } finally {
      await stored.close();
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
