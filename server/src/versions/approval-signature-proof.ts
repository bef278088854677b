import { verifyAuthenticationResponse } from "@simplewebauthn/server";
import type {
  ApprovalBinding,
  ApprovalProofSchema,
  ApprovalSignature,
  PasskeyAssertionSchema,
} from "@tavolo/shared";
import { z } from "zod";
import type { Data, PasskeyRecord } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { isAllowedOrigin, type OriginPolicy, publicOriginOf } from "../http/origin-policy.ts";
import { challengeOf } from "./approval-signature.ts";

type Assertion = z.output<typeof PasskeyAssertionSchema>;
type Proof = z.output<typeof ApprovalProofSchema>;

/** A proof checked against its challenge, and the passkey use to record with the answer. */
export interface VerifiedProof {
  signature: ApprovalSignature;
  /** The passkey's new signature counter (0 when the authenticator keeps none). */
  passkeyUse: { id: string; counter: number } | null;
}

/**
 * The relying party of an approval: the host of the page asking (when it is one of Tavolo's
 * origins), else of PUBLIC_URL or the request. The passkey was registered for the same host.
 */
export function approvalRelyingParty(origins: OriginPolicy, request: Request): string {
  const origin = request.headers.get("origin");
  const page = origin && isAllowedOrigin(origins, origin, request) ? origin : null;
  return new URL(page ?? publicOriginOf(origins, request)).hostname;
}

/** Whether an answer must carry a proof: the person has a passkey or an institutional identity. */
export function signatureRequired(data: Readonly<Data>, personId: string): boolean {
  const has = <T extends { personId: string }>(records: Record<string, T>) =>
    Object.values(records).some((record) => record.personId === personId);
  return has(data.passkeys) || has(data.oidcIdentities);
}

/** The person's own passkey that made `assertion`; 403 for anyone else's (or none). */
export function ownPasskey(data: Readonly<Data>, personId: string, id: string): PasskeyRecord {
  const passkey = data.passkeys[id];
  if (passkey?.personId !== personId) {
    throw new ApiError(403, "proof: this passkey is not one of yours");
  }
  return passkey;
}

const ClientOriginSchema = z.object({ origin: z.string() });

function clientOrigin(assertion: Assertion): string {
  try {
    const json = Buffer.from(assertion.response.clientDataJSON, "base64url").toString("utf8");
    return ClientOriginSchema.parse(JSON.parse(json)).origin;
  } catch {
    throw new ApiError(400, "proof: clientDataJSON is not WebAuthn client data");
  }
}

async function verifiedPasskey(
  data: Readonly<Data>,
  context: { origins: OriginPolicy; request: Request; personId: string },
  binding: ApprovalBinding,
  assertion: Assertion,
): Promise<VerifiedProof> {
  const passkey = ownPasskey(data, context.personId, assertion.id);
  const origin = clientOrigin(assertion);
  if (!isAllowedOrigin(context.origins, origin, context.request)) {
    throw new ApiError(403, "proof: signed on a page that is not Tavolo's");
  }
  const rpId = new URL(origin).hostname;
  const publicKey = new Uint8Array(Buffer.from(passkey.publicKey, "base64url"));
  const result = await verifyAuthenticationResponse({
    response: assertion,
    expectedChallenge: challengeOf(binding),
    expectedOrigin: origin,
    expectedRPID: rpId,
    credential: { id: passkey.id, publicKey, counter: passkey.counter },
    requireUserVerification: true,
  }).catch(() => ({ verified: false, authenticationInfo: null }));
  if (!result.verified || !result.authenticationInfo) {
    throw new ApiError(403, "proof: the passkey's signature does not verify for this answer");
  }
  const { response } = assertion;
  return {
    signature: {
      method: "passkey",
      nonce: binding.nonce,
      credentialId: passkey.id,
      publicKey: passkey.publicKey,
      authenticatorData: response.authenticatorData,
      clientDataJSON: response.clientDataJSON,
      signature: response.signature,
      rpId,
    },
    passkeyUse: { id: passkey.id, counter: result.authenticationInfo.newCounter },
  };
}

/**
 * The seam for OIDC-only people: their re-authentication at the IdP, bound to the same
 * challenge, is consumed by the identity module (helper i12c's `consumeOidcApproval`). Until it
 * is wired here such a proof is refused, never accepted unchecked.
 */
function verifiedOidc(): VerifiedProof {
  throw new ApiError(501, "proof: signing with an OIDC re-authentication is not available yet");
}

/** Checks `proof` (signed over `binding`) as the answer of `personId`; 403 if it does not hold. */
export async function verifyProof(
  data: Readonly<Data>,
  context: { origins: OriginPolicy; request: Request; personId: string },
  binding: ApprovalBinding,
  proof: Proof,
): Promise<VerifiedProof> {
  if (proof.method === "oidc") return verifiedOidc();
  return verifiedPasskey(data, context, binding, proof.assertion);
}

/** Records the passkey's use in the draft; 409 if it was used again since (a cloned key). */
export function recordPasskeyUse(data: Data, personId: string, proof: VerifiedProof): void {
  if (!proof.passkeyUse) return;
  const passkey = ownPasskey(data, personId, proof.passkeyUse.id);
  const { counter } = proof.passkeyUse;
  if (counter > 0 && counter <= passkey.counter) {
    throw new ApiError(409, "proof: this passkey signed again meanwhile; ask a new challenge");
  }
  passkey.counter = counter;
  passkey.lastUsedAt = new Date().toISOString();
}
