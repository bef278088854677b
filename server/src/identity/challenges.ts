import { randomBytes } from "node:crypto";

/** Where a WebAuthn ceremony takes place: the page's origin and the relying party id. */
export interface CeremonyPlace {
  origin: string;
  rpID: string;
}

/** A challenge handed out, with what it was issued for. */
export interface Ceremony<T> extends CeremonyPlace {
  challenge: string;
  expiresAt: number;
  /** What the challenge was issued for (e.g. the person adding a passkey). */
  subject: T;
}

export interface ChallengeStoreOptions {
  /** How long a challenge may be answered. */
  ttlMs?: number;
  /** Live challenges kept at most: past it the oldest goes (anonymous sign-ins can flood). */
  capacity?: number;
  now?: () => number;
}

/**
 * WebAuthn challenges kept on the server, each answerable once and only for a short while.
 * `take` finds and forgets a challenge in one synchronous step, so two requests presenting the
 * same answer cannot both succeed. Kept in memory: a restart only makes a person try again.
 */
export class ChallengeStore<T> {
  private readonly live = new Map<string, Ceremony<T>>();
  private readonly ttlMs: number;
  private readonly capacity: number;
  private readonly now: () => number;

  constructor({
    ttlMs = 5 * 60_000,
    capacity = 10_000,
    now = Date.now,
  }: ChallengeStoreOptions = {}) {
    this.ttlMs = ttlMs;
    this.capacity = capacity;
    this.now = now;
  }

  /**
   * Records a new challenge for `subject` at `place`; `challenge` may be given when it must
   * bind something (a hash of what is being approved), otherwise 32 random bytes.
   */
  issue(
    place: CeremonyPlace,
    subject: T,
    challenge = randomBytes(32).toString("base64url"),
  ): Ceremony<T> {
    this.sweep();
    while (this.live.size >= this.capacity) {
      const oldest = this.live.keys().next().value;
      if (oldest === undefined) break;
      this.live.delete(oldest);
    }
    const ceremony = { ...place, challenge, subject, expiresAt: this.now() + this.ttlMs };
    this.live.delete(challenge);
    this.live.set(challenge, ceremony);
    return ceremony;
  }

  /** The ceremony of `challenge`, forgotten as it is returned; null if unknown, used or expired. */
  take(challenge: string): Ceremony<T> | null {
    const ceremony = this.live.get(challenge);
    if (!ceremony) return null;
    this.live.delete(challenge);
    return ceremony.expiresAt > this.now() ? ceremony : null;
  }

  get size(): number {
    return this.live.size;
  }

  /** Drops expired challenges; they sit in issue order, so the first live one ends the walk. */
  private sweep(): void {
    const now = this.now();
    for (const [challenge, ceremony] of this.live) {
      if (ceremony.expiresAt > now) return;
      this.live.delete(challenge);
    }
  }
}
