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
 * Websocket close codes the server uses. 1009 is the standard "message too big"; the 44xx range
 * is Tavolo's own, so a client can tell a refusal from a network failure.
 */
export const CloseCode = {
  goingAway: 1001,
  messageTooBig: 1009,
  internalError: 1011,
  malformedMessage: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  /** The person's role changed: reconnect to be authorised again under the new one. */
  accessChanged: 4409,
  unknownMessageType: 4405,
  tooManyPendingMessages: 4429,
  slowConsumer: 4408,
  /** An update would grow the document beyond the server's limit; it was not stored. */
  documentTooLarge: 4413,
  /**
   * The server could not store an update (e.g. its disk is full): the update was neither stored
   * nor relayed, and the room refuses edits until storage works again. Transient: the client
   * keeps its unsaved edits, reconnects and sends them again.
   */
  storageUnavailable: 4507,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/**
 * Close codes after which a client should not reconnect on its own: a refusal, or an update
 * that reconnecting would only send again.
 */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.unauthorized,
  CloseCode.forbidden,
  CloseCode.documentTooLarge,
]);

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
