import { newId } from "../auth/ids.ts";
import type { Data, OidcApprovalProofRecord } from "../db/data.ts";
import { ApiError } from "../http/api-error.ts";
import type { VerifiedIdentity } from "./oidc-client.ts";
import type { ApprovalBinding } from "./oidc-transactions.ts";

/** How long a re-authentication confirms a decision: long enough to come back and submit it. */
export const PROOF_TTL_MS = 5 * 60_000;
/** `max_age` asked of the provider: the person must have typed their credentials just now. */
export const REAUTH_MAX_AGE_SECONDS = 120;

export type { ApprovalBinding };

/**
 * Records, inside `db.change`, that `personId` re-authenticated as `identity` to give `binding`'s
 * decision. The proof is kept in the metadata (so consuming it is undone with an approval whose
 * change fails) and dropped once used or expired.
 */
export function recordOidcApproval(
  data: Data,
  personId: string,
  identity: VerifiedIdentity,
  binding: ApprovalBinding,
  now = Date.now(),
): OidcApprovalProofRecord {
  dropExpiredProofs(data, now);
  const proof: OidcApprovalProofRecord = {
    id: newId(),
    personId,
    issuer: identity.issuer,
    subject: identity.subject,
    acr: identity.acr,
    authTime: new Date((identity.authTime ?? Math.floor(now / 1000)) * 1000).toISOString(),
    versionId: binding.versionId,
    versionSha256: binding.versionSha256,
    organisationId: binding.organisationId,
    decision: binding.decision,
    reason: binding.reason,
    expiresAt: new Date(now + PROOF_TTL_MS).toISOString(),
  };
  data.oidcApprovalProofs[proof.id] = proof;
  return proof;
}

function dropExpiredProofs(data: Data, now: number): void {
  for (const [id, proof] of Object.entries(data.oidcApprovalProofs)) {
    if (Date.parse(proof.expiresAt) <= now) delete data.oidcApprovalProofs[id];
  }
}

/**
 * Checks and uses up, in one synchronous step inside `db.change`, the re-authentication proof
 * that confirms `personId`'s decision: it must exist, be unexpired, belong to that person, name
 * an identity still linked to them, and be bound to exactly this version hash, organisation,
 * decision and reason. Returns what the approval records (issuer, subject, acr, authTime); throws 403
 * otherwise (which discards the caller's change: the proof then stays for the approval it is for).
 */
export function consumeOidcApproval(
  data: Data,
  proofId: string,
  personId: string,
  binding: ApprovalBinding,
  now = Date.now(),
): OidcApprovalProofRecord {
  const proof = data.oidcApprovalProofs[proofId];
  if (proof) delete data.oidcApprovalProofs[proofId];
  const refuse = (why: string) => new ApiError(403, `oidcProof: ${why}`);
  if (!proof) throw refuse("no such re-authentication, or it was already used");
  if (Date.parse(proof.expiresAt) <= now) throw refuse("the re-authentication has expired");
  if (proof.personId !== personId) throw refuse("the re-authentication is someone else's");
  const identity = data.oidcIdentities[`${proof.issuer} ${proof.subject}`];
  if (identity?.personId !== personId) throw refuse("that identity is no longer linked to you");
  const bound =
    proof.versionId === binding.versionId &&
    proof.versionSha256 === binding.versionSha256 &&
    proof.organisationId === binding.organisationId &&
    proof.decision === binding.decision &&
    proof.reason === binding.reason;
  if (!bound) {
    throw refuse("the re-authentication was for another version, organisation, decision or reason");
  }
  return proof;
}
