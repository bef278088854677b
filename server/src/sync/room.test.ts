import { CloseCode } from "@tavolo/shared";
import * as decoding from "lib0/decoding";
import pino from "pino";
import { describe, expect, it, vi } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { StoredDoc } from "../storage/doc-store.ts";
import { decodeClientMessage } from "./messages.ts";
import type { Peer } from "./peer.ts";
import { Room } from "./room.ts";

/** A log in memory whose appends resolve only when the test releases them. */
class HeldStore implements StoredDoc {
  readonly initialUpdates: Uint8Array[] = [];
  updateCount = 0;
  byteLength = 0;
  private release: Array<() => void> = [];
  appended: Uint8Array[][] = [];

  append(updates: readonly Uint8Array[]): Promise<void> {
    this.appended.push([...updates]);
    return new Promise((resolve) => this.release.push(resolve));
  }
  releaseInitialUpdates(): void {}
  async replace(): Promise<void> {}
  async close(): Promise<void> {}
  commitAll(): void {
    for (const resolve of this.release.splice(0)) resolve();
  }
  commitFirst(): void {
    this.release.shift()?.();
  }
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

const options = { compactAfterUpdates: 1000, maxDocumentBytes: 1 << 20, onBroken: () => {} };
const silent = pino({ level: "silent" });
const tick = () => new Promise((resolve) => setImmediate(resolve));

function edit(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Applies every sync message a peer was sent to a fresh doc: what that client would hold. */
function replay(peer: MemoryPeer): Y.Doc {
  const doc = new Y.Doc();
  for (const frame of peer.sent) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0) continue;
    const kind = decoding.readVarUint(decoder);
    if (kind !== 0) Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
  return doc;
}

describe("Room", () => {
  it("shares one full-state reply among joiners until the document changes", async () => {
    const store = new HeldStore();
    const room = await Room.load("r", store, silent, options);
    const [a, b, c] = [new MemoryPeer("a"), new MemoryPeer("b"), new MemoryPeer("c")];
    for (const peer of [a, b, c]) room.addPeer(peer);
    room.receive(a, { kind: "update", update: edit("uno") });
    store.commitAll();
    await room.whenFlushed();
    const empty = Uint8Array.of(0);
    room.receive(b, { kind: "syncStep1", stateVector: empty });
    room.receive(c, { kind: "syncStep1", stateVector: empty });
    expect(b.sent.at(-1)).toBe(c.sent.at(-1));

    room.receive(a, { kind: "update", update: edit("due") });
    store.commitAll();
    await room.whenFlushed();
    room.receive(c, { kind: "syncStep1", stateVector: empty });
    expect(c.sent.at(-1)).not.toBe(b.sent.at(-1));
    expect(replay(c).getText("t").length).toBe(6);
  });

  it("relays a group commit merged to readers and without their own edits to writers", async () => {
    const store = new HeldStore();
    const room = await Room.load("r", store, silent, options);
    const [w1, w2, reader] = [new MemoryPeer("w1"), new MemoryPeer("w2"), new MemoryPeer("r")];
    for (const peer of [w1, w2, reader]) room.addPeer(peer);
    room.receive(w1, { kind: "update", update: edit("a") });
    await tick();
    // The first commit is in flight: these three wait and are committed together.
    room.receive(w1, { kind: "update", update: edit("b") });
    room.receive(w2, { kind: "update", update: edit("c") });
    room.receive(w2, { kind: "update", update: edit("d") });
    expect(reader.sent).toHaveLength(1); // only sync step 1: nothing relayed before the fsync
    store.commitAll();
    await tick();
    store.commitAll();
    await room.whenFlushed();

    expect(store.appended.map((batch) => batch.length)).toEqual([1, 3]);
    expect(reader.sent).toHaveLength(3); // step 1, the first update, one merged update
    expect(replay(reader).getText("t").length).toBe(4);
    const updatesTo = (peer: MemoryPeer) =>
      peer.sent.slice(1).map((frame) => decodeClientMessage(frame).kind);
    expect(updatesTo(w1)).toEqual(["update", "update"]); // c and d
    expect(updatesTo(w2)).toEqual(["update", "update"]); // a and b
  });

  it("writes the next batch while relaying a stored one, and relays each only once stored", async () => {
    const store = new HeldStore();
    const room = await Room.load("r", store, silent, options);
    const [writer, reader] = [new MemoryPeer("w"), new MemoryPeer("r")];
    for (const peer of [writer, reader]) room.addPeer(peer);
    const batchesWhenRelayed: number[] = [];
    const send = reader.send.bind(reader);
    reader.send = (message) => {
      batchesWhenRelayed.push(store.appended.length);
      send(message);
    };
    room.receive(writer, { kind: "update", update: edit("a") });
    await tick();
    room.receive(writer, { kind: "update", update: edit("b") });
    store.commitFirst();
    await tick();

    // "a" is stored and relayed; "b" went to the log before that relay, and waits for it.
    expect(batchesWhenRelayed).toEqual([2]);
    expect(replay(reader).getText("t").toString()).toBe("a");
    expect(room.persistenceLagMs).toBeGreaterThan(0);
    store.commitFirst();
    await room.whenFlushed();
    expect(replay(reader).getText("t").length).toBe(2);
  });

  it("refuses an update that would grow the document beyond its limit", async () => {
    const store = new HeldStore();
    const room = await Room.load("r", store, silent, { ...options, maxDocumentBytes: 2048 });
    const peer = new MemoryPeer("p");
    room.addPeer(peer);
    room.receive(peer, { kind: "update", update: edit("x".repeat(1000)) });
    room.receive(peer, { kind: "update", update: edit("y".repeat(1500)) });
    expect(peer.closedWith).toBe(CloseCode.documentTooLarge);
    expect(room.doc.getText("t").length).toBe(1000);
    store.commitAll();
    await room.whenFlushed();
  });

  it("reports how long the oldest unstored update has waited", async () => {
    const store = new HeldStore();
    const room = await Room.load("r", store, silent, options);
    const peer = new MemoryPeer("p");
    room.addPeer(peer);
    expect(room.persistenceLagMs).toBe(0);
    room.receive(peer, { kind: "update", update: edit("z") });
    await vi.waitFor(() => expect(room.persistenceLagMs).toBeGreaterThanOrEqual(15));
    store.commitAll();
    await room.whenFlushed();
    expect(room.persistenceLagMs).toBe(0);
  });

  it("gathers presence changes of a large room into one message per window", async () => {
    const room = await Room.load("r", new HeldStore(), silent, options);
    const peers = Array.from({ length: 20 }, (_, i) => new MemoryPeer(`p${i}`));
    for (const peer of peers) room.addPeer(peer);
    const sentBefore = peers.map((peer) => peer.sent.length);
    for (const peer of peers.slice(0, 5)) {
      const awareness = new awarenessProtocol.Awareness(new Y.Doc());
      awareness.setLocalState({ cursor: peer.id });
      const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
      room.receive(peer, { kind: "awareness", update });
    }
    expect(peers.map((peer) => peer.sent.length)).toEqual(sentBefore);
    // Once every peer has had the window's message, each must have had exactly that one.
    await vi.waitFor(() =>
      expect(peers.every((peer, i) => peer.sent.length > (sentBefore[i] ?? 0))).toBe(true),
    );
    for (const [i, peer] of peers.entries())
      expect(peer.sent.length).toBe((sentBefore[i] ?? 0) + 1);
    expect(room.awareness.getStates().size).toBe(5);
    await room.close();
  });
});
