/**
 * The sync protocol Tavolo speaks on `/sync/<room>`: the standard y-websocket framing, so the
 * stock `WebsocketProvider` connects unchanged. Every frame starts with a varuint message type.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Path prefix of the websocket endpoint: clients use `serverUrl = ws(s)://host:port/sync`. */
export const SYNC_PATH = "/sync";

/**
 * Websocket close codes the server uses. 1001, 1009 and 1011 are the standard ones; Tavolo's own
 * follow the rule current y-websocket clients apply (see `isFinalCloseCode`): 4400–4499 are
 * final, a refusal that reconnecting cannot fix, and 4500–4599 ask the client to reconnect. The
 * last two digits echo the matching HTTP status.
 */
export const CloseCode = {
  goingAway: 1001,
  messageTooBig: 1009,
  internalError: 1011,
  // Final: the client must not reconnect on its own.
  malformedMessage: 4400,
  /** No session (or it was signed out), or a bad token. */
  unauthorized: 4401,
  forbidden: 4403,
  unknownMessageType: 4405,
  /** An update would grow the document beyond the server's limit; it was not stored. */
  documentTooLarge: 4413,
  /**
   * An update broke one of the room's rules (a locked frame, another person's note or comment,
   * an author field naming someone else): it was neither stored nor relayed. Final for a stock
   * client, which would only send the same change again on reconnecting; Tavolo's client drops
   * its local copy of the room and opens it afresh from the server. The reason is
   * `refused:<rule>` (refusals.ts).
   */
  updateRefused: 4422,
  // Transient: the client reconnects.
  /** The client did not read fast enough; reconnecting starts from a fresh sync. */
  slowConsumer: 4508,
  /** The person's role changed: reconnect to be authorised again under the new one. */
  accessChanged: 4509,
  /** Too many messages arrived before the room had loaded. */
  tooManyPendingMessages: 4529,
  /**
   * The server could not store an update (e.g. its disk is full): the update was neither stored
   * nor relayed, and the room refuses edits until storage works again. Transient: the client
   * keeps its unsaved edits, reconnects and sends them again.
   */
  storageUnavailable: 4507,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/**
 * Whether a client should stay disconnected after `code`: the range y-websocket's own default
 * `shouldReconnect` treats as permanent (4400–4499). Every other code, 4500–4599 included, is
 * transient.
 */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}

export const SyncLimits = {
  /** Default cap on one websocket message; the server's MAX_MESSAGE_BYTES overrides it. */
  maxMessageBytes: 8 * 1024 * 1024,
  /** Messages a socket may queue while its room is still loading. */
  maxPendingMessages: 256,
  /** Bytes queued towards one client before it is dropped as a slow consumer. */
  maxBufferedBytes: 64 * 1024 * 1024,
  /** Default cap on one document's encoded size; the server's MAX_DOCUMENT_BYTES overrides it. */
  maxDocumentBytes: 32 * 1024 * 1024,
} as const;
