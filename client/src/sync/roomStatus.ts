import { CloseCode, type RefusalRule } from "@tavolo/shared";
import type { WebsocketProvider } from "y-websocket";
import type { DeviceCopy } from "./deviceCopy.ts";
import { isOnline, onNetworkChange } from "./network.ts";
import type { SaveTracker } from "./saveTracker.ts";

/** What the room pages tell people about its connection and their edits. */
export interface RoomStatus {
  /** `disconnected` also covers the retries that follow a lost connection, until one succeeds. */
  connection: "connecting" | "connected" | "disconnected";
  /** The browser says it has a network. */
  online: boolean;
  /** A stored text is shown: the server's (after the first full sync) or this device's copy. */
  loaded: boolean;
  /** The first full sync with the server happened. */
  synced: boolean;
  /** Some local edit may not be on the server's disk yet. */
  pendingChanges: boolean;
  /** Separate edits made here and not confirmed by the server; 0 when unknown. */
  pendingEdits: number;
  /** Whether this device keeps the room, and whether every change is committed there. */
  device: "none" | "writing" | "written";
  /** The server closed with a code after which the provider stops reconnecting (`closed`). */
  refused: { code: number; reason: string } | null;
  /**
   * The server refused a change made on this page and the room was opened again from the
   * server's state (CloseCode.updateRefused): the rule it broke, to explain it.
   */
  refusedChange: RefusalRule | null;
  /** The server could not store an edit (4507, its disk is full), until it confirms them all. */
  serverCannotStore: boolean;
}

/**
 * Follows a provider's events, the save tracker, this device's copy and the browser's network,
 * and keeps an immutable snapshot for `useSyncExternalStore`: a new object only when something
 * shown actually changed.
 */
export class RoomStatusStore {
  private snapshot: RoomStatus = {
    connection: "connecting",
    online: isOnline(),
    loaded: false,
    synced: false,
    pendingChanges: false,
    pendingEdits: 0,
    device: "none",
    refused: null,
    refusedChange: null,
    serverCannotStore: false,
  };
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: (() => void)[];
  private destroyed = false;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly saves: SaveTracker,
    private readonly device: DeviceCopy | null,
    refusedChange: RefusalRule | null = null,
  ) {
    this.snapshot = { ...this.snapshot, refusedChange };
    provider.on("status", this.onStatus);
    provider.on("connection-close", this.onClose);
    provider.on("sync", this.onSync);
    provider.on("closed", this.onRefused);
    this.unsubscribe = [
      saves.subscribe(this.onSaves),
      onNetworkChange((online) => this.update({ online })),
    ];
    if (device) {
      this.unsubscribe.push(device.subscribe(this.onDevice));
      this.onDevice();
    }
    device?.loaded.then(
      (found) => found && !this.destroyed && this.update({ loaded: true }),
      () => undefined, // no copy could be read: the server's text comes with the sync
    );
  }

  readonly getSnapshot = (): RoomStatus => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.destroyed = true;
    this.provider.off("status", this.onStatus);
    this.provider.off("connection-close", this.onClose);
    this.provider.off("sync", this.onSync);
    this.provider.off("closed", this.onRefused);
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.listeners.clear();
  }

  private readonly onStatus = ({ status }: { status: RoomStatus["connection"] }) => {
    if (status === "connecting" && this.snapshot.connection === "disconnected") return;
    this.update({ connection: status });
  };

  private readonly onClose = (event: { code: number } | null) =>
    this.update({
      connection: "disconnected",
      serverCannotStore: event?.code === CloseCode.storageUnavailable,
    });

  private readonly onSync = (synced: boolean) => {
    if (synced) this.update({ loaded: true, synced: true, ...this.saveState() });
  };

  private readonly onSaves = () => this.update(this.saveState());

  private readonly onDevice = () => {
    if (this.device) this.update({ device: this.device.writing ? "writing" : "written" });
  };

  private readonly onRefused = (event: { code: number; reason: string }) => {
    this.update({
      connection: "disconnected",
      refused: { code: event.code, reason: event.reason },
    });
  };

  /** Where this person's edits are; once the server confirmed them all, it can store again. */
  private saveState(): Pick<RoomStatus, "pendingChanges" | "pendingEdits" | "serverCannotStore"> {
    const pendingChanges = this.saves.pending;
    return {
      pendingChanges,
      pendingEdits: this.saves.pendingEdits,
      serverCannotStore: this.snapshot.serverCannotStore && pendingChanges,
    };
  }

  private update(change: Partial<RoomStatus>): void {
    const next = { ...this.snapshot, ...change };
    const same = (Object.keys(next) as (keyof RoomStatus)[]).every(
      (key) => next[key] === this.snapshot[key],
    );
    if (same) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
