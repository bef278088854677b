import { CloseCode, type RoomName, SyncLimits } from "@tavolo/shared";
import type { Logger } from "pino";
import type * as Y from "yjs";
import type { DocStore } from "../storage/doc-store.ts";
import type { Peer } from "./peer.ts";
import { Room, type StoredSize } from "./room.ts";
import type { LoadedRules } from "./rules/room-rules.ts";
import type { RoomHolder, RoomRulesProvider } from "./rules/room-rules-provider.ts";

export interface RegistryOptions {
  compactAfterUpdates: number;
  /** Largest encoded size a document may grow to (SyncLimits.maxDocumentBytes by default). */
  maxDocumentBytes?: number;
  /** The rules each room's updates are checked against; none: every update is trusted. */
  rules?: RoomRulesProvider;
  /** Shares each room with the other instances holding it open; none: one instance. */
  relay?: Relay;
}

/** Carries rooms' committed updates and presence between instances (cluster/room-relay.ts). */
export interface Relay {
  /** Starts listening for the room; resolves once nothing another instance stores is missed. */
  open(name: RoomName): Promise<RelayLink>;
}

export interface RelayLink {
  /** Applies to `room` what the other instances store from now on (and since `open`). */
  bind(room: Room): void;
  /** Sends updates this instance has just stored to the other instances. */
  publish(updates: readonly Uint8Array[]): void;
  /** Stops listening; never rejects. */
  close(): Promise<void>;
}

/** What the registry holds right now, for /api/metrics. */
export interface RegistryStats {
  rooms: number;
  connections: number;
  /** Updates committed to storage since the server started. */
  updatesCommitted: number;
  /** Age of the oldest update received but not yet on stable storage, over all rooms. */
  persistenceLagMs: number;
}

/** Where the registry records each room's life (the metadata store). */
export interface RoomCatalog {
  roomLoaded(name: RoomName, size: StoredSize): Promise<void>;
  roomStored(name: RoomName, size: StoredSize): Promise<void>;
}

/**
 * Loads each room once (concurrent joins share the load), hands it to peers, and unloads it
 * when its last peer has left and everything it received is stored. Every decision is checked
 * again after each await, so a peer joining during an unload gets a freshly loaded room.
 */
export class RoomRegistry {
  private readonly rooms = new Map<RoomName, Promise<Room>>();
  private readonly closing = new Map<RoomName, Promise<void>>();
  /** Rooms loaded and not yet unloading: what the stats look at. */
  private readonly open = new Set<Room>();
  private updatesCommitted = 0;
  /** The rules of each loaded room, released (with the rooms they hold) when it unloads. */
  private readonly rulesOf = new WeakMap<Room, LoadedRules>();
  private readonly relayOf = new WeakMap<Room, RelayLink>();

  /** Keeps a room loaded for another room's rules (a board's control room, for its locks). */
  private readonly holder: RoomHolder = {
    hold: async (name) => {
      const peer = serverPeer();
      const room = await this.join(name, peer);
      return { room, release: () => this.leave(room, peer) };
    },
  };

  constructor(
    private readonly store: DocStore,
    private readonly catalog: RoomCatalog,
    private readonly log: Logger,
    private readonly options: RegistryOptions,
  ) {}

  /** Resolves with the open room `name` with `peer` already added to it. */
  async join(name: RoomName, peer: Peer): Promise<Room> {
    for (;;) {
      const closing = this.closing.get(name);
      if (closing) {
        await closing;
        continue;
      }
      const room = await this.loaded(name);
      if (room.state === "open") {
        room.addPeer(peer);
        return room;
      }
      await this.closing.get(name);
    }
  }

  /**
   * Runs a server-side edit over the documents of `names` (loaded if needed and kept loaded while
   * it runs, as if the server were one more peer). Whatever `edit` changes goes the normal way:
   * appended and fsynced, then relayed to every client. Resolves once it is stored; rejects if a
   * room could not store it.
   */
  async editRooms<T>(names: readonly RoomName[], edit: (docs: Y.Doc[]) => T): Promise<T> {
    const peer = serverPeer();
    const unique = [...new Set(names)];
    const rooms: Room[] = [];
    try {
      for (const name of unique) rooms.push(await this.join(name, peer));
      const docs = new Map(rooms.map((room) => [room.name, room.doc]));
      const result = edit(names.map((name) => docs.get(name) as Y.Doc));
      await Promise.all(rooms.map((room) => room.whenFlushed()));
      if (rooms.some((room) => room.state !== "open")) throw new Error("a room failed to store");
      return result;
    } finally {
      for (const room of rooms) this.leave(room, peer);
    }
  }

  leave(room: Room, peer: Peer): void {
    room.removePeer(peer);
    if (room.peerCount === 0) void this.unloadIfIdle(room);
  }

  /**
   * Closes one person's connections to the given rooms, e.g. when their access is revoked, and
   * to the side rooms of those that are boards (`<room>:control`, `<room>:private:…`, …).
   */
  disconnect(personId: string, rooms: readonly RoomName[], code: number, reason: string): void {
    const families = new Set(rooms);
    const sideRooms = [...this.rooms.keys()].filter((name) => {
      const separator = name.indexOf(":");
      return separator > 0 && families.has(name.slice(0, separator));
    });
    for (const name of [...rooms, ...sideRooms]) {
      void this.rooms
        .get(name)
        ?.then((room) => room.closePeers(code, reason, (peer) => peer.personId === personId));
    }
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  stats(): RegistryStats {
    let connections = 0;
    let persistenceLagMs = 0;
    for (const room of this.open) {
      connections += room.peerCount;
      persistenceLagMs = Math.max(persistenceLagMs, room.persistenceLagMs);
    }
    const { updatesCommitted } = this;
    return { rooms: this.rooms.size, connections, updatesCommitted, persistenceLagMs };
  }

  /** Closes every peer with `goingAway`, stores everything and unloads every room. */
  async closeAll(): Promise<void> {
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    for (const result of rooms) {
      if (result.status === "fulfilled")
        result.value.closePeers(CloseCode.goingAway, "server shutting down");
    }
    await Promise.all(
      rooms.map((result) =>
        result.status === "fulfilled" ? this.unload(result.value) : undefined,
      ),
    );
    await Promise.all(this.closing.values());
  }

  private loaded(name: RoomName): Promise<Room> {
    let loading = this.rooms.get(name);
    if (!loading) {
      loading = this.load(name);
      this.rooms.set(name, loading);
      loading.catch(() => this.rooms.delete(name));
    }
    return loading;
  }

  private async load(name: RoomName): Promise<Room> {
    const started = performance.now();
    const rules = this.options.rules ? await this.options.rules(name, this.holder) : null;
    // Listening before reading the log: an update stored elsewhere meanwhile is either read or
    // heard (both, harmlessly: applying an update twice changes nothing).
    const relay = await this.options.relay?.open(name).catch((error: unknown) => {
      rules?.release();
      throw error;
    });
    const stored = await this.store.open(name).catch(async (error: unknown) => {
      rules?.release();
      await relay?.close();
      throw error;
    });
    const room = await Room.load(name, stored, this.log.child({ room: name }), {
      rules,
      compactAfterUpdates: this.options.compactAfterUpdates,
      maxDocumentBytes: this.options.maxDocumentBytes ?? SyncLimits.maxDocumentBytes,
      // Unloaded without compaction: while it closes, joins wait (see `join`), then load it
      // afresh from storage, so a reconnect storm on a full disk only ever reads the log.
      onBroken: (broken) => void this.unload(broken),
      onCommitted: (updates) => {
        this.updatesCommitted += updates;
      },
      ...(relay ? { onStored: (updates) => relay.publish(updates) } : {}),
    }).catch(async (error: unknown) => {
      await stored.close().catch(() => undefined); // not left open by a failed load
      rules?.release();
      await relay?.close();
      throw error;
    });
    if (rules) this.rulesOf.set(room, rules);
    if (relay) {
      relay.bind(room);
      this.relayOf.set(room, relay);
    }
    this.log.info(
      {
        room: name,
        updates: stored.updateCount,
        bytes: stored.byteLength,
        ms: performance.now() - started,
      },
      "room loaded",
    );
    await this.catalog.roomLoaded(name, room.storedSize);
    this.open.add(room);
    return room;
  }

  private async unloadIfIdle(room: Room): Promise<void> {
    await room.whenFlushed();
    if (room.peerCount === 0 && room.state === "open") await this.unload(room);
  }

  private unload(room: Room): Promise<void> {
    const pending = this.closing.get(room.name);
    if (pending || room.state !== "open") return pending ?? Promise.resolve();
    this.rooms.delete(room.name);
    this.open.delete(room);
    // Stops hearing other instances first: what they store is in the database anyway.
    const closing = Promise.all([this.relayOf.get(room)?.close(), room.close()])
      .then(async () => {
        this.rulesOf.get(room)?.release();
        this.log.info({ room: room.name, ...room.storedSize }, "room unloaded");
        await this.catalog.roomStored(room.name, room.storedSize);
      })
      .catch((error: unknown) => this.log.error({ room: room.name, err: error }, "unload failed"))
      .finally(() => this.closing.delete(room.name));
    this.closing.set(room.name, closing);
    return closing;
  }
}

let serverPeers = 0;

/** The server itself, holding rooms open while it edits them: it never receives anything. */
function serverPeer(): Peer {
  serverPeers++;
  return {
    id: `server-${serverPeers}`,
    personId: "server",
    readOnly: true,
    send: () => undefined,
    close: () => undefined,
  };
}
