import { MessageType } from "@tavolo/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

/** Encoders for the frames the server sends, each a complete y-websocket message. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return syncStep2Message(Y.encodeStateAsUpdate(doc, stateVector));
}

/** Sync step 2 carrying an update already encoded (e.g. the full state just compacted). */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A client that holds nothing yet (a fresh joiner) sends the one-byte state vector [0]. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]),
  );
  return encoding.toUint8Array(encoder);
}

/** What a client sent, decoded far enough for the room to act on it. */
export type ClientMessage =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  /** `syncStep2`: the client's answer to the server's state vector (what the server lacks). */
  | { kind: "update"; update: Uint8Array; syncStep2?: boolean }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "queryAwareness" }
  | { kind: "auth" };

export class ProtocolError extends Error {
  constructor(
    readonly reason: "malformed" | "unknownType",
    message: string,
  ) {
    super(message);
  }
}

/** Decodes one client frame; throws ProtocolError on anything the protocol does not allow. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        return decodeSync(decoder);
      case MessageType.awareness:
        return { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
      case MessageType.queryAwareness:
        return { kind: "queryAwareness" };
      case MessageType.auth:
        return { kind: "auth" };
      default:
        throw new ProtocolError("unknownType", `unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError("malformed", `undecodable message: ${(error as Error).message}`);
  }
}

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      return { kind: "syncStep1", stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
      return { kind: "update", update: payload, syncStep2: true };
    case syncProtocol.messageYjsUpdate:
      return { kind: "update", update: payload };
    default:
      throw new ProtocolError("unknownType", `unknown sync message type ${syncType}`);
  }
}
