import { CloseCode, type RoomName, refusalReason } from "@tavolo/shared";
import type { Logger } from "pino";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { StoredDoc } from "../storage/doc-store.ts";
import {
  type ClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyStateVector,
  ProtocolError,
  syncStep2Message,
} from "./messages.ts";
import type { Peer } from "./peer.ts";
import { rewritePresence } from "./rules/presence-identity.ts";
import { checkUpdate, type LoadedRules } from "./rules/room-rules.ts";

const LOAD_ORIGIN = Symbol("load");
/**
 * Origin of updates another instance stored and relayed (cluster/room-relay.ts): they were
 * checked and stored there, so here they are only sent on to this instance's peers.
 */
export const STORED_ELSEWHERE = Symbol("stored elsewhere");

/**
 * Presence traffic grows with the square of a room's size (each change goes to everyone), so
 * in a room this large changes are gathered for a short window and sent as one message.
 */
const AWARENESS_BATCH_MIN_PEERS = 16;
const AWARENESS_BATCH_MS = 50;
/**
 * What is held per connection until its sync step 2 arrives (see `allowed`): a few keystrokes
 * typed during a reconnection, so a client that never sends its step 2 cannot pile up memory.
 */
const HELD_BEFORE_STEP2 = { updates: 64, bytes: 256 * 1024 };

export interface RoomOptions {
  /** Compact the log once this many updates were appended since the last compaction. */
  compactAfterUpdates: number;
  /** Largest encoded size the document may grow to; an update beyond it is refused. */
  maxDocumentBytes: number;
  /**
   * Called once if the room can no longer store updates: its peers are closed already, and the
   * registry then unloads it, so the next join reloads from what is on storage.
   */
  onBroken: (room: Room) => void;
  /** Called after each group commit with the number of updates it stored. */
  onCommitted?: (updates: number) => void;
  /** Called after each group commit with the updates it stored (cluster/room-relay.ts). */
  onStored?: (updates: readonly Uint8Array[]) => void;
  /** What may be written inside the room; every update is checked before it is applied. */
  rules?: LoadedRules | null;
}

export interface StoredSize {
  bytes: number;
  updates: number;
}

interface QueuedUpdate {
  update: Uint8Array;
  origin: unknown;
  /** performance.now() when it was received, for the persistence-lag metric. */
  at: number;
}

/**
 * One Yjs document and the peers editing it. Every update is appended to the room's log and
 * fsynced before it is relayed to anyone (updates arriving during an fsync are committed
 * together in the next one), and a joining client is only served state that is already stored.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  state: "open" | "closing" | "closed" = "open";
  private readonly peers = new Map<Peer, Set<number>>();
  /** Peers whose sync step 2 has not arrived, with the updates held for it (see `allowed`). */
  private readonly beforeStep2 = new Map<Peer, Uint8Array[]>();
  private queue: QueuedUpdate[] = [];
  private committing: QueuedUpdate[] = [];
  private flushing: Promise<void> | null = null;
  private appendedSinceCompaction = 0;
  /** Appended updates after which to compact next: later than usual after a failed compaction. */
  private compactAt: number;
  /**
   * Set when storing failed: the document may hold updates that are not on storage, so it is
   * never served, relayed, compacted or written to again.
   */
  private broken = false;
  /** The full-state reply (sync step 2 for an empty state vector), shared by every joiner. */
  private fullStateReply: Uint8Array | null = null;
  /** Upper bound of the encoded document size: exact after load, then grown by each update. */
  private sizeBound = 0;
  private readonly pendingAwareness = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly name: RoomName,
    private readonly stored: StoredDoc,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {
    this.compactAt = options.compactAfterUpdates;
    this.awareness.setLocalState(null);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      this.fullStateReply = null;
      this.sizeBound += update.byteLength;
      if (origin === STORED_ELSEWHERE) this.broadcast(encodeUpdate(update), null);
      else if (origin !== LOAD_ORIGIN) this.enqueue(update, origin);
    });
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  /** Builds a room from its stored log; a long log is compacted right away. */
  static async load(
    name: RoomName,
    stored: StoredDoc,
    log: Logger,
    options: RoomOptions,
  ): Promise<Room> {
    const room = new Room(name, stored, log, options);
    const updates = stored.initialUpdates;
    // Applying a long log update by update inside one transaction is linear; Y.mergeUpdates
    // over the same log grows much faster (seconds for 20,000 keystrokes).
    room.doc.transact(() => {
      for (const update of updates) Y.applyUpdate(room.doc, update);
    }, LOAD_ORIGIN);
    stored.releaseInitialUpdates();
    if (updates.length > options.compactAfterUpdates) {
      const state = Y.encodeStateAsUpdate(room.doc);
      room.sizeBound = state.byteLength;
      // A failed compaction (a full disk) leaves the log as it was: the room still loads.
      if (await room.tryCompaction(state)) {
        // The first joiner after a restart needs exactly this state: no need to encode it twice.
        room.fullStateReply = syncStep2Message(state);
      }
    }
    return room;
  }

  get storedSize(): StoredSize {
    return { bytes: this.stored.byteLength, updates: this.stored.updateCount };
  }

  get peerCount(): number {
    return this.peers.size;
  }

  addPeer(peer: Peer): void {
    this.peers.set(peer, new Set());
    this.beforeStep2.set(peer, []);
    peer.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(encodeAwareness(this.awareness, states));
  }

  removePeer(peer: Peer): void {
    const controlled = this.peers.get(peer);
    if (!controlled) return;
    this.peers.delete(peer);
    this.beforeStep2.delete(peer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
  }

  /** Acts on one decoded message; throws ProtocolError when the message is unusable. */
  receive(peer: Peer, message: ClientMessage): void {
    if (this.broken) return; // its peers are being closed: nothing more is read or answered
    switch (message.kind) {
      case "syncStep1":
        this.answerSyncStep1(peer, message.stateVector);
        return;
      case "update":
        if (peer.readOnly) return;
        this.receiveUpdate(peer, message.update);
        if (message.syncStep2) this.releaseHeld(peer);
        return;
      case "awareness":
        guard(
          () =>
            awarenessProtocol.applyAwarenessUpdate(
              this.awareness,
              this.presenceOf(peer, message.update),
              peer,
            ),
          "bad awareness update",
        );
        return;
      case "queryAwareness":
        peer.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
      case "auth":
        return;
    }
  }

  private receiveUpdate(peer: Peer, update: Uint8Array): void {
    if (!this.fits(update)) {
      peer.close(CloseCode.documentTooLarge, "document too large");
      return;
    }
    if (!this.allowed(peer, update)) return;
    guard(() => Y.applyUpdate(this.doc, update, peer), "bad document update");
  }

  private mayHold(held: readonly Uint8Array[], update: Uint8Array): boolean {
    const bytes = held.reduce((sum, each) => sum + each.byteLength, update.byteLength);
    return held.length < HELD_BEFORE_STEP2.updates && bytes <= HELD_BEFORE_STEP2.bytes;
  }

  /** The peer's sync step 2 is in: the updates held for it are checked again, in order. */
  private releaseHeld(peer: Peer): void {
    const held = this.beforeStep2.get(peer) ?? [];
    this.beforeStep2.delete(peer);
    for (const update of held) if (this.peers.has(peer)) this.receiveUpdate(peer, update);
  }

  /** Milliseconds since the oldest update not yet on stable storage arrived; 0 when none. */
  get persistenceLagMs(): number {
    const oldest = this.committing[0] ?? this.queue[0];
    return oldest ? performance.now() - oldest.at : 0;
  }

  /** Resolves once every update received so far is on stable storage. */
  whenFlushed(): Promise<void> {
    return this.flushing ?? Promise.resolve();
  }

  /**
   * Flushes, compacts if anything was appended, and releases memory and the log. A broken room
   * is not compacted: its document may hold updates that were never stored.
   */
  async close(): Promise<void> {
    this.state = "closing";
    await this.whenFlushed();
    if (!this.broken && this.appendedSinceCompaction > 0 && this.stored.updateCount > 1) {
      await this.tryCompaction(Y.encodeStateAsUpdate(this.doc));
    }
    await this.stored.close();
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awareness.destroy();
    this.doc.destroy();
    this.state = "closed";
  }

  closePeers(code: number, reason: string, which: (peer: Peer) => boolean = () => true): void {
    for (const peer of [...this.peers.keys()]) if (which(peer)) peer.close(code, reason);
  }

  /**
   * Whether the document stays within its size limit with `update` applied. The running bound
   * over-counts (an update shrinks once merged), so the exact size is only encoded when the
   * bound says the limit may be crossed.
   */
  private fits(update: Uint8Array): boolean {
    const limit = this.options.maxDocumentBytes;
    if (this.sizeBound + update.byteLength <= limit) return true;
    this.sizeBound = Y.encodeStateAsUpdate(this.doc).byteLength;
    return this.sizeBound + update.byteLength <= limit;
  }

  /**
   * Checks an update against the room's rules before it touches the document: a refused one is
   * neither applied, stored nor relayed, and its sender is closed with `updateRefused`, whose
   * client starts again from the server's state (the change it holds would only come back).
   */
  private allowed(peer: Peer, update: Uint8Array): boolean {
    const rules = this.options.rules;
    if (!rules) return true;
    const refusal = guard(() => checkUpdate(this.doc, update, peer, rules), "bad document update");
    if (!refusal) return true;
    const held = this.beforeStep2.get(peer);
    if (refusal === "unverifiable" && held && this.mayHold(held, update)) {
      // A reconnecting client sends what it types at once, ahead of its sync step 2 (its edits
      // made offline, which the server lacks): such an update is checked again after it.
      held.push(update);
      return false;
    }
    this.log.warn({ conn: peer.id, personId: peer.personId, rule: refusal }, "update refused");
    peer.close(CloseCode.updateRefused, refusalReason(refusal));
    return false;
  }

  /** A presence update with the connection's identity in it (presence-identity.ts). */
  private presenceOf(peer: Peer, update: Uint8Array): Uint8Array {
    const actor = this.options.rules?.actorOf(peer);
    if (!actor) return update;
    return rewritePresence(update, actor, (clientId) => {
      for (const [other, controlled] of this.peers) {
        if (other !== peer && controlled.has(clientId)) return true;
      }
      return false;
    });
  }

  private answerSyncStep1(peer: Peer, stateVector: Uint8Array): void {
    const reply = this.syncStep2For(stateVector);
    if (!this.flushing) {
      peer.send(reply);
      return;
    }
    // The reply may hold updates still being committed: send it once they are stored, and
    // never if storing them failed.
    void this.flushing.then(() => {
      if (!this.broken && this.peers.has(peer)) peer.send(reply);
    });
  }

  /**
   * Encoding a large document for each of many joiners at once is what makes a join storm
   * slow, so the reply to an empty state vector is encoded once and shared until the doc changes.
   */
  private syncStep2For(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) {
      return guard(() => encodeSyncStep2(this.doc, stateVector), "bad state vector");
    }
    this.fullStateReply ??= encodeSyncStep2(this.doc, stateVector);
    return this.fullStateReply;
  }

  private enqueue(update: Uint8Array, origin: unknown): void {
    this.queue.push({ update, origin, at: performance.now() });
    if (!this.flushing) this.flushing = this.flushLoop();
  }

  /**
   * Commits the queue batch by batch. Once a batch is stored, the next one is handed to the
   * disk before the stored one is relayed, so that its write overlaps the relay's CPU instead of
   * waiting for it; a batch is still relayed only once it and every batch before it are stored.
   * A compaction replaces the log, so none starts while a write is under way.
   */
  private async flushLoop(): Promise<void> {
    let writing: Promise<QueuedUpdate[]> | null = null;
    try {
      writing = this.startCommit();
      while (writing) {
        const batch = await writing;
        const compactionDue = this.appendedSinceCompaction + batch.length >= this.compactAt;
        writing = compactionDue ? null : this.startCommit();
        this.committed(batch);
        if (compactionDue) {
          await this.tryCompaction(Y.encodeStateAsUpdate(this.doc));
          writing = this.startCommit();
        }
      }
    } catch (error) {
      // A write still under way must end before the log may be cut back and the room closed.
      await writing?.catch(() => undefined);
      this.fail(error);
    } finally {
      this.flushing = null;
    }
  }

  /** Hands the queued updates to the log; null when there is nothing (or no more) to store. */
  private startCommit(): Promise<QueuedUpdate[]> | null {
    if (this.queue.length === 0 || this.state === "closed" || this.broken) return null;
    const batch = this.queue;
    this.queue = [];
    this.committing = batch;
    const started = performance.now();
    return this.stored.append(batch.map((queued) => queued.update)).then(() => {
      this.log.trace({ updates: batch.length, ms: performance.now() - started }, "committed");
      return batch;
    });
  }

  /** A batch is on stable storage: it is relayed and counted. */
  private committed(batch: readonly QueuedUpdate[]): void {
    if (this.committing === batch) this.committing = [];
    this.relay(batch);
    this.options.onCommitted?.(batch.length);
    this.options.onStored?.(batch.map((queued) => queued.update));
    this.appendedSinceCompaction += batch.length;
  }

  /**
   * Replaces the log with `state` (every update in it is stored already). A failure, such as a
   * full disk, leaves the log as it was, so it is logged and the next try put off by another
   * `compactAfterUpdates` updates, rather than tried again after every commit. Resolves with
   * whether the log was compacted.
   */
  private async tryCompaction(state: Uint8Array): Promise<boolean> {
    const started = performance.now();
    const updates = this.stored.updateCount;
    try {
      await this.stored.replace(state);
    } catch (error) {
      this.compactAt = this.appendedSinceCompaction + this.options.compactAfterUpdates;
      this.log.warn({ err: error, updates }, "compaction failed; the log is kept as it is");
      return false;
    }
    const ms = performance.now() - started;
    this.log.info({ updates, bytes: state.byteLength, ms }, "compacted log");
    this.appendedSinceCompaction = 0;
    this.compactAt = this.options.compactAfterUpdates;
    return true;
  }

  /**
   * Storing failed (a full disk): the updates of the failed batch and those queued behind it
   * were not stored, so they are never relayed, and the document holding them is never served
   * again. Every peer is closed with a transient code: clients keep their unsaved edits and
   * send them again once they reconnect to the room, reloaded from what is on storage.
   */
  private fail(error: unknown): void {
    this.broken = true;
    const unstored = this.committing.length + this.queue.length;
    this.log.error({ err: error, unstored }, "storing updates failed; closing the room");
    this.queue = [];
    this.committing = [];
    this.closePeers(CloseCode.storageUnavailable, "storage unavailable, edits not saved");
    this.options.onBroken(this);
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const controlled = this.peers.get(origin as Peer);
    if (controlled) {
      for (const id of change.added) controlled.add(id);
      for (const id of change.removed) controlled.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (this.peers.size < AWARENESS_BATCH_MIN_PEERS) {
      // To everyone, its sender included, as the reference y-websocket server does: the stock
      // client drops a connection that hears nothing for 30 s, and a client alone in a room
      // hears nothing else. Its presence renewal (every 15 s) comes back and keeps it open.
      this.broadcast(encodeAwareness(this.awareness, changed), null);
      return;
    }
    for (const id of changed) this.pendingAwareness.add(id);
    this.awarenessTimer ??= setTimeout(this.flushAwareness, AWARENESS_BATCH_MS);
  };

  /** Sends the gathered presence changes to everyone, senders included (see above). */
  private readonly flushAwareness = (): void => {
    this.awarenessTimer = null;
    const changed = [...this.pendingAwareness];
    this.pendingAwareness.clear();
    if (changed.length > 0 && this.state !== "closed") {
      this.broadcast(encodeAwareness(this.awareness, changed), null);
    }
  };

  /**
   * Sends a committed batch on. When one group commit holds several updates, peers that sent
   * none of them get one merged update instead of one message each; a peer that sent some gets
   * the others one by one, so nobody is sent their own edit back.
   */
  private relay(batch: readonly QueuedUpdate[]): void {
    const only = batch[0];
    if (batch.length === 1 && only) {
      this.broadcast(encodeUpdate(only.update), only.origin);
      return;
    }
    const origins = new Set(batch.map((queued) => queued.origin));
    const merged = encodeUpdate(Y.mergeUpdates(batch.map((queued) => queued.update)));
    for (const peer of this.peers.keys()) {
      if (!origins.has(peer)) peer.send(merged);
    }
    const messages = batch.map(({ update, origin }) => ({ message: encodeUpdate(update), origin }));
    for (const peer of this.peers.keys()) {
      if (!origins.has(peer)) continue;
      for (const { message, origin } of messages) if (origin !== peer) peer.send(message);
    }
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const peer of this.peers.keys()) if (peer !== except) peer.send(message);
  }
}

function guard<T>(action: () => T, what: string): T {
  try {
    return action();
  } catch (error) {
    throw new ProtocolError("malformed", `${what}: ${(error as Error).message}`);
  }
}
