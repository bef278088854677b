import type { Duplex } from "node:stream";
import { CloseCode, SyncLimits } from "@tavolo/shared";
import type { Logger } from "pino";
import { WebSocket } from "ws";
import { decodeClientMessage, ProtocolError } from "./messages.ts";
import type { Peer } from "./peer.ts";
import type { Room } from "./room.ts";
import { writeBinaryFrame } from "./ws-frame.ts";

let nextId = 0;

/**
 * A websocket client of a room. Until the room has loaded, its messages wait in a bounded
 * queue; a message the protocol does not allow closes this connection only.
 */
export class WsPeer implements Peer {
  readonly id = `c${(++nextId).toString(36)}`;
  private room: Room | null = null;
  private pending: Uint8Array[] = [];
  private closed = false;

  readonly log: Logger;
  readonly personId: string;
  readonly readOnly: boolean;

  constructor(
    private readonly socket: WebSocket,
    /** The connection under `socket`: messages are written to it as ready-made frames. */
    private readonly stream: Duplex,
    access: { personId: string; readOnly: boolean },
    roomLog: Logger,
  ) {
    this.personId = access.personId;
    this.readOnly = access.readOnly;
    this.log = roomLog.child({ conn: this.id });
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > SyncLimits.maxBufferedBytes) {
      this.close(CloseCode.slowConsumer, "client does not read fast enough");
      return;
    }
    writeBinaryFrame(this.stream, message);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.log.info({ code, reason }, "closing connection");
    this.socket.close(code, reason);
  }

  /** Called once the room is loaded and this peer has joined it. */
  attach(room: Room): void {
    this.room = room;
    const waiting = this.pending;
    this.pending = [];
    for (const data of waiting) this.receive(data);
  }

  receive(data: Uint8Array): void {
    if (this.closed) return;
    if (!this.room) {
      if (this.pending.length >= SyncLimits.maxPendingMessages) {
        this.close(CloseCode.tooManyPendingMessages, "too many messages before the room loaded");
      } else {
        this.pending.push(data);
      }
      return;
    }
    try {
      this.room.receive(this, decodeClientMessage(data));
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      const unknown = error.reason === "unknownType";
      this.log.warn({ detail: error.message, bytes: data.byteLength }, "bad message");
      this.refuse(
        unknown ? CloseCode.unknownMessageType : CloseCode.malformedMessage,
        unknown ? "unknown message type" : "malformed message",
      );
    }
  }

  /** Closes this connection for breaking the protocol, logging why. */
  refuse(code: number, reason: string): void {
    this.log.warn({ code, reason }, "protocol violation");
    this.close(code, reason);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  markClosed(): void {
    this.closed = true;
  }
}
