/**
 * One client connected to a room, as the room sees it: the room never touches a websocket
 * directly, so it runs under any transport and in tests with in-memory peers.
 */
export interface Peer {
  /** Short id used in logs. */
  readonly id: string;
  /** The person this connection acts for. */
  readonly personId: string;
  /** Updates from a read-only peer are dropped: neither stored nor relayed. */
  readonly readOnly: boolean;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
