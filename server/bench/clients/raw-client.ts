import WebSocket from "ws";
import type { RoomRef } from "../targets/target.ts";

/**
 * A websocket that joins a room with the target's handshake and then only counts what it
 * receives: the many passive readers of a workload, so the figures measure the server and not
 * the benchmark's own Yjs decoding.
 */
export class RawClient {
  bytesReceived = 0;
  messagesReceived = 0;
  /** performance.now() when the socket was asked to open, and when the room state arrived. */
  readonly startedAt = performance.now();
  syncedAt: number | null = null;
  /** Called with performance.now() for each relayed document update this client receives. */
  onUpdate: ((at: number) => void) | null = null;
  readonly synced: Promise<void>;
  readonly closed: Promise<number>;
  private readonly socket: WebSocket;

  constructor(private readonly room: RoomRef) {
    this.socket = new WebSocket(room.url, { perMessageDeflate: false });
    this.socket.binaryType = "nodebuffer";
    let resolveSynced: () => void = () => {};
    this.synced = new Promise((resolve) => {
      resolveSynced = resolve;
    });
    this.closed = new Promise((resolve) => this.socket.once("close", (code) => resolve(code)));
    this.socket.once("open", () => {
      for (const frame of room.wire.handshake(room.name, room.token)) this.socket.send(frame);
    });
    this.socket.on("message", (data: Buffer) => {
      this.bytesReceived += data.byteLength;
      this.messagesReceived++;
      if (this.syncedAt === null && room.wire.isSyncStep2(data)) {
        this.syncedAt = performance.now();
        resolveSynced();
      } else if (this.onUpdate && room.wire.isUpdate(data)) {
        this.onUpdate(performance.now());
      }
    });
    this.socket.on("error", () => {});
  }

  get timeToSyncMs(): number | null {
    return this.syncedAt === null ? null : this.syncedAt - this.startedAt;
  }

  sendUpdate(update: Uint8Array): void {
    this.send(this.room.wire.updateFrame(this.room.name, update));
  }

  sendAwareness(update: Uint8Array): void {
    this.send(this.room.wire.awarenessFrame(this.room.name, update));
  }

  close(): void {
    this.socket.terminate();
  }

  private send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }
}
