import { randomBytes } from "node:crypto";
import type { ApprovalBinding } from "@tavolo/shared";
import { ApiError } from "../http/api-error.ts";

/** A challenge issued for one person's answer on one version; used once, then forgotten. */
export interface PendingApproval {
  personId: string;
  versionId: string;
  binding: ApprovalBinding;
  expiresAt: number;
}

const TTL_MS = 5 * 60_000;
/** Challenges one person may hold at once (a person retrying; never unbounded memory). */
const PER_PERSON = 5;

/**
 * Challenges kept in memory: they live minutes, and a restart only makes the person ask again.
 * `consume` runs inside the `db.change` that records the answer, so a challenge signs one answer.
 */
export class ApprovalChallenges {
  private readonly pending = new Map<string, PendingApproval>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(personId: string, versionId: string, fields: Omit<ApprovalBinding, "nonce">) {
    this.prune(personId);
    const nonce = randomBytes(32).toString("base64url");
    const pending = {
      personId,
      versionId,
      binding: { ...fields, nonce },
      expiresAt: this.now() + TTL_MS,
    };
    this.pending.set(nonce, pending);
    return pending;
  }

  /** The person's live challenge with this nonce; 409 if unknown, used, expired or another's. */
  peek(nonce: string, personId: string): PendingApproval {
    const pending = this.pending.get(nonce);
    if (!pending || pending.personId !== personId || pending.expiresAt <= this.now()) {
      throw new ApiError(409, "proof: the challenge is unknown, expired or already used");
    }
    return pending;
  }

  /** Uses `pending` up; 409 if another request used it since it was peeked. */
  consume(pending: PendingApproval): void {
    const nonce = pending.binding.nonce;
    if (this.pending.get(nonce) !== pending) {
      throw new ApiError(409, "proof: the challenge is unknown, expired or already used");
    }
    this.pending.delete(nonce);
  }

  /** Drops expired challenges, and the person's oldest beyond the few they may hold. */
  private prune(personId: string): void {
    const now = this.now();
    const own: string[] = [];
    for (const [nonce, pending] of this.pending) {
      if (pending.expiresAt <= now) this.pending.delete(nonce);
      else if (pending.personId === personId) own.push(nonce);
    }
    for (const nonce of own.slice(0, Math.max(0, own.length - PER_PERSON + 1))) {
      this.pending.delete(nonce);
    }
  }
}
