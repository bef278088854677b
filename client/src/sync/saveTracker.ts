import { MessageType } from "@tavolo/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";

/** How long typing may pause before the tab asks the server to confirm what it has stored. */
const PROBE_DELAY_MS = 300;

/** A pause longer than this starts a new "modifica" in the count of edits not yet sent. */
const EDIT_GAP_MS = 1500;

/**
 * Knows whether this tab's edits are stored on the server. The y-websocket protocol has no
 * acknowledgement, but Tavolo's server answers a sync step 1 only once every update it received
 * before it is on disk (README, "Durability"). So after local edits the tracker sends a step 1
 * (a "probe") and counts the edits saved when the matching step 2 arrives: the server answers
 * each step 1 with exactly one step 2, in order.
 */
export class SaveTracker {
  /** Local edits not yet covered by a probe. */
  private unprobed = false;
  /** Probes sent on the current connection and not answered yet. */
  private unanswered = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bursts of local editing since nothing was pending (what a person calls "modifiche"). */
  private edits = 0;
  private lastEditAt = Number.NEGATIVE_INFINITY;
  private readonly listeners = new Set<() => void>();
  private readonly restoreHandler: () => void;

  /**
   * `deviceOrigin` is the transaction origin of the state read back from this device: it may
   * hold edits an earlier visit never sent, so it counts as pending until the server confirms.
   */
  constructor(
    private readonly provider: WebsocketProvider,
    private readonly doc: Y.Doc,
    private readonly deviceOrigin: unknown = null,
  ) {
    const handlers = provider.messageHandlers;
    const original = handlers[MessageType.sync];
    if (!original) throw new Error("y-websocket has no sync message handler");
    handlers[MessageType.sync] = (encoder, decoder, from, emitSynced, messageType) => {
      const answersProbe =
        from.synced && decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
      original(encoder, decoder, from, emitSynced, messageType);
      if (answersProbe && this.unanswered > 0) {
        this.unanswered--;
        if (!this.pending) this.forgetEdits();
        this.notify();
      }
    };
    this.restoreHandler = () => {
      handlers[MessageType.sync] = original;
    };
    doc.on("update", this.onUpdate);
    provider.on("sync", this.onSync);
    provider.on("connection-close", this.onConnectionClose);
  }

  /** True while some local edit may not be on the server's disk yet. */
  get pending(): boolean {
    return this.unprobed || this.unanswered > 0;
  }

  /**
   * How many separate edits (bursts of typing or moving, split by pauses) are pending; 0 when
   * none are, or when the only pending change is a copy read back from the device.
   */
  get pendingEdits(): number {
    return this.edits;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.doc.off("update", this.onUpdate);
    this.provider.off("sync", this.onSync);
    this.provider.off("connection-close", this.onConnectionClose);
    this.restoreHandler();
    this.listeners.clear();
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return; // came from the server: nothing to save
    const wasPending = this.pending;
    const edits = this.edits;
    this.unprobed = true;
    if (origin !== this.deviceOrigin) this.countEdit();
    if (!wasPending || edits !== this.edits) this.notify();
    this.timer ??= setTimeout(this.probe, PROBE_DELAY_MS);
  };

  private readonly onSync = (synced: boolean) => {
    // Edits made while offline travel in the reply to the server's sync step 1, which this tab
    // sent before it saw the initial step 2: a probe now covers them.
    if (synced && this.unprobed) this.probe();
  };

  private readonly onConnectionClose = () => {
    // Answers never come on a closed socket: those edits are resent and probed on reconnect.
    if (this.unanswered > 0) {
      this.unanswered = 0;
      this.unprobed = true;
    }
  };

  private readonly probe = () => {
    this.timer = null;
    const ws = this.provider.ws;
    if (!this.unprobed || !this.provider.synced || !ws || ws.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    ws.send(encoding.toUint8Array(encoder));
    this.unprobed = false;
    this.unanswered++;
  };

  private forgetEdits(): void {
    this.edits = 0;
    this.lastEditAt = Number.NEGATIVE_INFINITY;
  }

  private countEdit(): void {
    const now = performance.now();
    if (now - this.lastEditAt > EDIT_GAP_MS) this.edits++;
    this.lastEditAt = now;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
