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
import { isAllowedOrigin, type OriginPolicy } from "../http/origin-policy.ts";
import { consumeOidcApproval } from "../identity/oidc-approval.ts";
import { challengeOf } from "./approval-signature.ts";

type Assertion = z.output<typeof PasskeyAssertionSchema>;
type Proof = z.output<typeof ApprovalProofSchema>;

/**
 * A proof checked against its challenge; `record` runs inside the `db.change` that records the
 * answer: it uses up what must be used once (the passkey's counter, the OIDC proof) and gives
 * the signature to store.
 */
export interface VerifiedProof {
  record(data: Data): ApprovalSignature;
}

/** What the proof is checked for: the person, and the version and binding of their challenge. */
export interface ProofContext {
  origins: OriginPolicy;
  request: Request;
  personId: string;
  versionId: string;
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
  context: ProofContext,
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
  const counter = result.authenticationInfo.newCounter;
  return {
    record: (draft) => {
      recordPasskeyUse(draft, context.personId, passkey.id, counter);
      return {
        method: "passkey",
        nonce: binding.nonce,
        credentialId: passkey.id,
        publicKey: passkey.publicKey,
        authenticatorData: response.authenticatorData,
        clientDataJSON: response.clientDataJSON,
        signature: response.signature,
        rpId,
      };
    },
  };
}

/**
 * An OIDC-only person's re-authentication at their IdP (`POST /api/auth/oidc/reauth`), bound by
 * the identity module to this version's impronta, organisation, decision and reason: used up with the
 * answer. It records the IdP, subject and `acr`, and the challenge it stands for.
 */
function verifiedOidc(
  context: ProofContext,
  binding: ApprovalBinding,
  proofId: string,
): VerifiedProof {
  return {
    record: (draft) => {
      const proof = consumeOidcApproval(draft, proofId, context.personId, {
        versionId: context.versionId,
        versionSha256: binding.versionHash,
        organisationId: binding.organisationId,
        decision: binding.decision,
        reason: binding.reason,
      });
      return {
        method: "oidc",
        nonce: binding.nonce,
        issuer: proof.issuer,
        subject: proof.subject,
        acr: proof.acr,
        authTime: proof.authTime,
        challenge: challengeOf(binding),
      };
    },
  };
}

/** Checks `proof` (signed over `binding`) as the answer of `personId`; 403 if it does not hold. */
export async function verifyProof(
  data: Readonly<Data>,
  context: ProofContext,
  binding: ApprovalBinding,
  proof: Proof,
): Promise<VerifiedProof> {
  if (proof.method === "oidc") return verifiedOidc(context, binding, proof.proofId);
  return verifiedPasskey(data, context, binding, proof.assertion);
}

/** Records the passkey's use in the draft; 409 if it was used again since (a cloned key). */
function recordPasskeyUse(data: Data, personId: string, id: string, counter: number): void {
  const passkey = ownPasskey(data, personId, id);
  if (counter > 0 && counter <= passkey.counter) {
    throw new ApiError(409, "proof: this passkey signed again meanwhile; ask a new challenge");
  }
  passkey.counter = counter;
  passkey.lastUsedAt = new Date().toISOString();
}
