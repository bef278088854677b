import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CloseCode } from "@tavolo/shared";
import * as decoding from "lib0/decoding";
import pino from "pino";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { StoredDoc } from "../storage/doc-store.ts";
import { FaultyDisk } from "../storage/faulty-disk.ts";
import { FileDocStore } from "../storage/file-doc-store.ts";
import type { Peer } from "./peer.ts";
import { Room } from "./room.ts";
import { RoomRegistry } from "./room-registry.ts";

const silent = pino({ level: "silent" });
const enospc = () =>
  Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });

/** A log in memory whose appends and compactions fail while `full` is set. */
class MemoryStore implements StoredDoc {
  readonly initialUpdates: Uint8Array[];
  readonly stored: Uint8Array[] = [];
  full = false;
  /** Appends from this one on (counting from 1) fail as on a full disk. */
  failFromAppend = Number.POSITIVE_INFINITY;
  private appends = 0;
  failReplace = false;
  replaced = 0;
  constructor(initial: Uint8Array[] = []) {
    this.initialUpdates = initial;
    this.stored.push(...initial);
  }
  get updateCount(): number {
    return this.stored.length;
  }
  get byteLength(): number {
    return this.stored.reduce((sum, update) => sum + update.byteLength, 0);
  }
  async append(updates: readonly Uint8Array[]): Promise<void> {
    this.appends++;
    const failing = this.full || this.appends >= this.failFromAppend;
    await Promise.resolve();
    if (failing) throw enospc();
    this.stored.push(...updates);
  }
  releaseInitialUpdates(): void {}
  async replace(state: Uint8Array): Promise<void> {
    this.replaced++;
    if (this.failReplace || this.full) throw enospc();
    this.stored.splice(0, this.stored.length, state);
  }
  async close(): Promise<void> {}
}

class MemoryPeer implements Peer {
  readonly personId = "p";
  readonly readOnly = false;
  readonly sent: Uint8Array[] = [];
  closedWith: number | null = null;
  constructor(readonly id: string) {}
  send(message: Uint8Array): void {
    this.sent.push(message);
  }
  close(code: number): void {
    this.closedWith = code;
  }
}

/** The text a client would hold after applying every sync message it was sent. */
function textSeenBy(peer: MemoryPeer): string {
  const doc = new Y.Doc();
  for (const frame of peer.sent) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0) continue;
    if (decoding.readVarUint(decoder) !== 0)
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
  return doc.getText("t").toString();
}

/** An update appending `text` to the shared text of `doc` (a client's own copy). */
function type(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText("t").insert(doc.getText("t").length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

const options = (onBroken: (room: Room) => void = () => {}) => ({
  compactAfterUpdates: 1000,
  maxDocumentBytes: 1 << 20,
  onBroken,
});

describe("a room whose storage fails", () => {
  it("never relays the update it failed to store and closes every peer with storageUnavailable", async () => {
    const store = new MemoryStore();
    const broken: Room[] = [];
    const room = await Room.load(
      "r",
      store,
      silent,
      options((r) => broken.push(r)),
    );
    const [writer, reader] = [new MemoryPeer("w"), new MemoryPeer("r")];
    room.addPeer(writer);
    room.addPeer(reader);
    const client = new Y.Doc();
    room.receive(writer, { kind: "update", update: type(client, "stored ") });
    await room.whenFlushed();
    expect(textSeenBy(reader)).toBe("stored ");

    store.full = true;
    room.receive(writer, { kind: "update", update: type(client, "lost") });
    // A joiner asking for the full state while the update is being written.
    const joiner = new MemoryPeer("j");
    room.addPeer(joiner);
    room.receive(joiner, { kind: "syncStep1", stateVector: Uint8Array.of(0) });
    await room.whenFlushed();

    expect(textSeenBy(reader)).toBe("stored ");
    expect(textSeenBy(joiner)).toBe("");
    for (const peer of [writer, reader, joiner]) {
      expect(peer.closedWith).toBe(CloseCode.storageUnavailable);
    }
    expect(broken).toEqual([room]);
    await room.close();
    expect(store.replaced).toBe(0); // its document holds an unstored update: never compacted
    expect(store.stored).toHaveLength(1);
  });

  it("relays a stored batch but not the one written behind it that failed", async () => {
    const store = new MemoryStore();
    store.failFromAppend = 2;
    const room = await Room.load("r", store, silent, options());
    const [writer, reader] = [new MemoryPeer("w"), new MemoryPeer("r")];
    room.addPeer(writer);
    room.addPeer(reader);
    const client = new Y.Doc();
    room.receive(writer, { kind: "update", update: type(client, "stored ") });
    // Queued while the first is written: written next, before the first is relayed.
    room.receive(writer, { kind: "update", update: type(client, "lost") });
    await room.whenFlushed();

    expect(textSeenBy(reader)).toBe("stored ");
    expect(reader.closedWith).toBe(CloseCode.storageUnavailable);
    expect(store.stored).toHaveLength(1);
  });

  it("keeps working when a compaction fails, and tries again only later", async () => {
    const store = new MemoryStore();
    store.failReplace = true;
    const room = await Room.load("r", store, silent, { ...options(), compactAfterUpdates: 2 });
    const [writer, reader] = [new MemoryPeer("w"), new MemoryPeer("r")];
    room.addPeer(writer);
    room.addPeer(reader);
    const client = new Y.Doc();
    for (const word of ["uno ", "due ", "tre "]) {
      room.receive(writer, { kind: "update", update: type(client, word) });
      await room.whenFlushed();
    }
    expect(store.replaced).toBe(1);
    expect(writer.closedWith).toBeNull();
    expect(textSeenBy(reader)).toBe("uno due tre ");
    expect(store.stored).toHaveLength(3);
  });

  it("still loads a long log when compacting it on load fails", async () => {
    const client = new Y.Doc();
    const store = new MemoryStore([type(client, "a"), type(client, "b"), type(client, "c")]);
    store.full = true;
    const room = await Room.load("r", store, silent, { ...options(), compactAfterUpdates: 2 });
    expect(room.doc.getText("t").toString()).toBe("abc");
    expect(store.stored).toHaveLength(3);
  });
});

describe("the registry after a storage failure", () => {
  const setUp = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tavolo-broken-"));
    const disk = new FaultyDisk();
    const store = new FileDocStore(dir, silent, { open: disk.open });
    const catalog = { roomLoaded: async () => {}, roomStored: async () => {} };
    const registry = new RoomRegistry(store, catalog, silent, { compactAfterUpdates: 1000 });
    return { dir, disk, store, registry };
  };

  it("reloads the room from storage for the next join, and takes edits again once space is freed", async () => {
    const { dir, disk, store, registry } = await setUp();
    const client = new Y.Doc();
    const writer = new MemoryPeer("w");
    const room = await registry.join("r", writer);
    room.receive(writer, { kind: "update", update: type(client, "salvato ") });
    await room.whenFlushed();

    disk.fill();
    const unsaved = type(client, "in attesa");
    room.receive(writer, { kind: "update", update: unsaved });
    await room.whenFlushed();
    expect(writer.closedWith).toBe(CloseCode.storageUnavailable);
    registry.leave(room, writer);

    // A reconnect storm while the disk is still full: every writer is refused, none corrupts.
    const storm = Array.from({ length: 12 }, (_, i) => new MemoryPeer(`s${i}`));
    await Promise.all(
      storm.map(async (peer) => {
        const joined = await registry.join("r", peer);
        joined.receive(peer, { kind: "syncStep1", stateVector: Uint8Array.of(0) });
        joined.receive(peer, { kind: "update", update: unsaved });
        await joined.whenFlushed();
        registry.leave(joined, peer);
      }),
    );
    for (const peer of storm) {
      expect(peer.closedWith).toBe(CloseCode.storageUnavailable);
      expect(["", "salvato "]).toContain(textSeenBy(peer)); // never the unsaved edit
    }
    await registry.closeAll();
    const onDisk = await store.open("r");
    expect(onDisk.initialUpdates).toHaveLength(1);
    await onDisk.close();
    expect(await readdir(dir)).toEqual(["r.ylog"]);

    disk.clear();
    const [again, reader] = [new MemoryPeer("w2"), new MemoryPeer("r2")];
    const reloaded = await registry.join("r", again);
    await registry.join("r", reader);
    reloaded.receive(reader, { kind: "syncStep1", stateVector: Uint8Array.of(0) });
    reloaded.receive(again, { kind: "update", update: unsaved });
    await reloaded.whenFlushed();
    expect(again.closedWith).toBeNull();
    expect(reloaded.doc.getText("t").toString()).toBe("salvato in attesa");
    expect(textSeenBy(reader)).toBe("salvato in attesa");
    await registry.closeAll();
  });
});
