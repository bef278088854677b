import type { Peer } from "./peer.ts";

/**
 * The open connections of each browser session (cookie-authenticated), so that signing out
 * closes them. A connection is recorded when its socket opens, before its room has loaded, so
 * one still joining is closed too.
 */
export class SessionPeers {
  private readonly bySession = new Map<string, Set<Peer>>();

  /** `isLive` says whether a session still exists: read from the store, synchronously. */
  constructor(private readonly isLive: (sessionId: string) => boolean) {}

  /**
   * Records `peer` as opened by `sessionId`, unless that session has ended meanwhile (signed out
   * between the upgrade's check and now): checked and recorded in one synchronous step, so a
   * sign-out either finds the peer here or the peer finds the session gone.
   */
  add(sessionId: string, peer: Peer): boolean {
    if (!this.isLive(sessionId)) return false;
    let peers = this.bySession.get(sessionId);
    if (!peers) {
      peers = new Set();
      this.bySession.set(sessionId, peers);
    }
    peers.add(peer);
    return true;
  }

  remove(sessionId: string, peer: Peer): void {
    const peers = this.bySession.get(sessionId);
    if (!peers) return;
    peers.delete(peer);
    if (peers.size === 0) this.bySession.delete(sessionId);
  }

  /** Closes every connection `sessionId` opened; returns how many. */
  close(sessionId: string, code: number, reason: string): number {
    const peers = [...(this.bySession.get(sessionId) ?? [])];
    this.bySession.delete(sessionId);
    for (const peer of peers) peer.close(code, reason);
    return peers.length;
  }
}
