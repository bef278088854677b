import type { Duplex } from "node:stream";

/**
 * Websocket frames written straight to a connection's stream. `ws` frames each message anew
 * for each socket (a header, an options object, a corked two-part write), which for a room of
 * 200 is 200 times the same work; a server's frames are unmasked, so one frame serves every
 * peer. Writing between `ws`'s own frames is safe because every write here is a whole frame and
 * `ws` queues nothing of its own without compression (off on this server).
 */

/** Messages up to this size are framed into one buffer, built once and shared by every peer. */
const SHARED_FRAME_MAX_BYTES = 16 * 1024;
const FIN_BINARY = 0x82;

const framed = new WeakMap<Uint8Array, Buffer>();

/** The header of an unmasked, final, binary frame of `length` bytes (RFC 6455, 5.2). */
export function binaryFrameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([FIN_BINARY, length]);
  if (length < 65_536) {
    const header = Buffer.allocUnsafe(4);
    header[0] = FIN_BINARY;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.allocUnsafe(10);
  header[0] = FIN_BINARY;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/** Writes `message` as one binary frame to `stream`. */
export function writeBinaryFrame(stream: Duplex, message: Uint8Array): void {
  if (message.byteLength <= SHARED_FRAME_MAX_BYTES) {
    stream.write(sharedFrame(message));
    return;
  }
  // A large message (a document's full state) is not copied: header and payload in one write.
  stream.cork();
  stream.write(binaryFrameHeader(message.byteLength));
  stream.write(message);
  stream.uncork();
}

function sharedFrame(message: Uint8Array): Buffer {
  let frame = framed.get(message);
  if (!frame) {
    frame = Buffer.concat([binaryFrameHeader(message.byteLength), message]);
    framed.set(message, frame);
  }
  return frame;
}
