import { randomBytes } from "node:crypto";
import type { AuthorizationChecks } from "./oidc-client.ts";

/** What a decision re-authenticated at the provider is bound to. */
export interface ApprovalBinding {
  versionId: string;
  /** The version's SHA-256 (its impronta) when the re-authentication started. */
  versionSha256: string;
  organisationId: string;
  decision: "approve" | "request_changes";
  /** The reason of a request for changes; null for an approval. */
  reason: string | null;
}

/** Why the round trip started, and what it may do on return. */
export type OidcPurpose =
  | { kind: "signin"; invitation: string | null }
  | { kind: "link"; personId: string }
  | { kind: "reauth"; personId: string; binding: ApprovalBinding };

/** One authorization request in flight: its secrets, its purpose and where to land after. */
export interface OidcTransaction {
  checks: AuthorizationChecks;
  purpose: OidcPurpose;
  returnTo: string;
  expiresAt: number;
}

/** Ten minutes to sign in at the provider, SPID's slowest path included. */
export const TRANSACTION_TTL_MS = 10 * 60_000;
/** A flood of abandoned starts forgets the oldest rather than growing without bound. */
const MAX_TRANSACTIONS = 10_000;

/**
 * Authorization requests in flight, in memory, keyed by a random id that only the browser's
 * httpOnly cookie holds. `take` finds and forgets an entry in one synchronous step, so a
 * transaction serves one callback at most (a replayed or concurrent callback finds nothing).
 * A restart forgets them: whoever was at the provider starts again.
 */
export class OidcTransactions {
  private readonly entries = new Map<string, OidcTransaction>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps `transaction` and returns the id to put in the cookie. */
  put(transaction: Omit<OidcTransaction, "expiresAt">): string {
    this.dropExpired();
    while (this.entries.size >= MAX_TRANSACTIONS) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    const id = randomBytes(24).toString("base64url");
    this.entries.set(id, { ...transaction, expiresAt: this.now() + TRANSACTION_TTL_MS });
    return id;
  }

  /** The live transaction `id` names, forgotten as it is returned; null if none or expired. */
  take(id: string): OidcTransaction | null {
    const found = this.entries.get(id);
    this.entries.delete(id);
    return found && found.expiresAt > this.now() ? found : null;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(id);
  }
}
