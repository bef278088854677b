import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * How a raw client speaks to a server without a Yjs document: the frames to join a room and
 * ask for its state, to send an update or an awareness change, and how to spot the reply that
 * carries the room's state (sync step 2).
 */
export interface WireProtocol {
  handshake(room: string, token: string): Uint8Array[];
  updateFrame(room: string, update: Uint8Array): Uint8Array;
  awarenessFrame(room: string, update: Uint8Array): Uint8Array;
  isSyncStep2(frame: Uint8Array): boolean;
  /** Whether a frame relays a document update (not a handshake, ack or awareness). */
  isUpdate(frame: Uint8Array): boolean;
}

const SYNC = 0;
const AWARENESS = 1;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
const EMPTY_STATE_VECTOR = Uint8Array.of(0);

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The y-websocket protocol (Tavolo, @y/websocket-server): one room per socket, no prefix. */
export const yWebsocketWire: WireProtocol = {
  handshake: () => [
    frame((e) => {
      encoding.writeVarUint(e, SYNC);
      encoding.writeVarUint(e, STEP1);
      encoding.writeVarUint8Array(e, EMPTY_STATE_VECTOR);
    }),
  ],
  updateFrame: (_room, update) =>
    frame((e) => {
      encoding.writeVarUint(e, SYNC);
      encoding.writeVarUint(e, UPDATE);
      encoding.writeVarUint8Array(e, update);
    }),
  awarenessFrame: (_room, update) =>
    frame((e) => {
      encoding.writeVarUint(e, AWARENESS);
      encoding.writeVarUint8Array(e, update);
    }),
  isSyncStep2: (data) => data[0] === SYNC && data[1] === STEP2,
  isUpdate: (data) => data[0] === SYNC && data[1] === UPDATE,
};

const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_SYNC_REPLY = 4;
const AUTH_TOKEN = 0;

/**
 * Hocuspocus multiplexes documents on one socket: every frame starts with the document name.
 * A connection must authenticate (even with an empty token) before its messages are handled;
 * these frames are what @hocuspocus/provider 4.7 sends, without its optional version string.
 */
export const hocuspocusWire: WireProtocol = {
  handshake: (room, token) => [
    frame((e) => {
      encoding.writeVarString(e, room);
      encoding.writeVarUint(e, HOCUSPOCUS_AUTH);
      encoding.writeVarUint(e, AUTH_TOKEN);
      encoding.writeVarString(e, token);
    }),
    frame((e) => {
      encoding.writeVarString(e, room);
      encoding.writeVarUint(e, SYNC);
      encoding.writeVarUint(e, STEP1);
      encoding.writeVarUint8Array(e, EMPTY_STATE_VECTOR);
    }),
  ],
  updateFrame: (room, update) =>
    frame((e) => {
      encoding.writeVarString(e, room);
      encoding.writeVarUint(e, SYNC);
      encoding.writeVarUint(e, UPDATE);
      encoding.writeVarUint8Array(e, update);
    }),
  awarenessFrame: (room, update) =>
    frame((e) => {
      encoding.writeVarString(e, room);
      encoding.writeVarUint(e, AWARENESS);
      encoding.writeVarUint8Array(e, update);
    }),
  isSyncStep2: (data) => hocuspocusSyncKind(data) === STEP2,
  isUpdate: (data) => hocuspocusSyncKind(data) === UPDATE,
};

/** The sync sub-type of a Hocuspocus frame, or -1 when it is not a sync message. */
function hocuspocusSyncKind(data: Uint8Array): number {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return -1;
  return decoding.readVarUint(decoder);
}
