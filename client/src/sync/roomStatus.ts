import type { WebsocketProvider } from "y-websocket";
import type { SaveTracker } from "./saveTracker.ts";

/** What the note page tells people about its connection and their edits. */
export interface RoomStatus {
  /** `disconnected` also covers the retries that follow a lost connection, until one succeeds. */
  connection: "connecting" | "connected" | "disconnected";
  /** The first full sync with the server happened: the text shown is the stored one. */
  loaded: boolean;
  /** Some local edit may not be on the server's disk yet. */
  pendingChanges: boolean;
  /** The server closed with a code after which the provider stops reconnecting (`closed`). */
  refused: { code: number; reason: string } | null;
}

/**
 * Follows a provider's events and the save tracker, and keeps an immutable snapshot for
 * `useSyncExternalStore`: a new object only when something shown actually changed.
 */
export class RoomStatusStore {
  private snapshot: RoomStatus = {
    connection: "connecting",
    loaded: false,
    pendingChanges: false,
    refused: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribeSaves: () => void;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly saves: SaveTracker,
  ) {
    provider.on("status", this.onStatus);
    provider.on("connection-close", this.onClose);
    provider.on("sync", this.onSync);
    provider.on("closed", this.onRefused);
    this.unsubscribeSaves = saves.subscribe(this.onSaves);
  }

  readonly getSnapshot = (): RoomStatus => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.provider.off("status", this.onStatus);
    this.provider.off("connection-close", this.onClose);
    this.provider.off("sync", this.onSync);
    this.provider.off("closed", this.onRefused);
    this.unsubscribeSaves();
    this.listeners.clear();
  }

  private readonly onStatus = ({ status }: { status: RoomStatus["connection"] }) => {
    if (status === "connecting" && this.snapshot.connection === "disconnected") return;
    this.update({ connection: status });
  };

  private readonly onClose = () => this.update({ connection: "disconnected" });

  private readonly onSync = (synced: boolean) => {
    if (synced) this.update({ loaded: true, pendingChanges: this.saves.pending });
  };

  private readonly onSaves = () => this.update({ pendingChanges: this.saves.pending });

  private readonly onRefused = (event: { code: number; reason: string }) => {
    this.update({
      connection: "disconnected",
      refused: { code: event.code, reason: event.reason },
    });
  };

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
