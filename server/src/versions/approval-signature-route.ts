import {
  type ApprovalChallengeResponse,
  type ApprovalDecisionSchema,
  WEBAUTHN_TRANSPORTS,
} from "@tavolo/shared";
import type { z } from "zod";
import type { Data, PersonRecord, StoredVersion } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import type { OriginPolicy } from "../http/origin-policy.ts";
import { ceremonyPlace } from "../identity/relying-party.ts";
import { challengeOf } from "./approval-signature.ts";
import type { ApprovalChallenges, PendingApproval } from "./approval-signature-challenges.ts";
import { signatureRequired, type VerifiedProof, verifyProof } from "./approval-signature-proof.ts";

type Decision = z.output<typeof ApprovalDecisionSchema>;

/** Who answers what: the checks of the answer route, passed on to sign and record it. */
export interface Answering {
  version: StoredVersion;
  person: PersonRecord;
  organisationId: string;
  decision: Decision;
}

type Transport = (typeof WEBAUTHN_TRANSPORTS)[number];
const isTransport = (t: string): t is Transport => WEBAUTHN_TRANSPORTS.some((known) => known === t);

const reasonOf = (decision: Decision) =>
  decision.decision === "request_changes" ? decision.reason : null;

/** A challenge binding the version's stored impronta (never a hash the client sent). */
export function issueChallenge(
  data: Readonly<Data>,
  challenges: ApprovalChallenges,
  request: { origins: OriginPolicy; raw: Request },
  answering: Answering,
): ApprovalChallengeResponse {
  const { version, person, organisationId, decision } = answering;
  const { binding } = challenges.issue(person.id, version.id, {
    versionHash: version.hash,
    organisationId,
    decision: decision.decision,
    reason: reasonOf(decision),
  });
  const allowCredentials = Object.values(data.passkeys)
    .filter((passkey) => passkey.personId === person.id)
    .map((passkey) => ({
      id: passkey.id,
      type: "public-key" as const,
      transports: passkey.transports.filter(isTransport),
    }));
  return {
    binding,
    options: {
      challenge: challengeOf(binding),
      // The passkey was registered where this page is (identity/relying-party.ts).
      rpId: ceremonyPlace(request.origins, request.raw).rpID,
      timeout: 120_000,
      userVerification: "required",
      allowCredentials,
    },
  };
}

/** A proof checked for this answer; what `db.change` then consumes and records. */
export interface SignedAnswer {
  pending: PendingApproval;
  proof: VerifiedProof;
}

function sameAnswer(pending: PendingApproval, answering: Answering): boolean {
  const { binding } = pending;
  return (
    pending.versionId === answering.version.id &&
    binding.versionHash === answering.version.hash &&
    binding.organisationId === answering.organisationId &&
    binding.decision === answering.decision.decision &&
    binding.reason === reasonOf(answering.decision)
  );
}

/**
 * The answer's proof, verified against the challenge the server issued for exactly this answer;
 * null for a person with no passkey nor institutional identity (reported "firma mancante").
 */
export async function signedAnswer(
  data: Readonly<Data>,
  challenges: ApprovalChallenges,
  request: { origins: OriginPolicy; raw: Request },
  answering: Answering,
): Promise<SignedAnswer | null> {
  const { proof } = answering.decision;
  if (!proof) {
    if (!signatureRequired(data, answering.person.id)) return null;
    throw new ApiError(403, "proof: confirm the answer with your passkey (ask a challenge first)");
  }
  const pending = challenges.peek(proof.nonce, answering.person.id);
  if (!sameAnswer(pending, answering)) {
    throw new ApiError(409, "proof: the challenge was for another version, organisation or answer");
  }
  const context = {
    origins: request.origins,
    request: request.raw,
    personId: answering.person.id,
    versionId: pending.versionId,
  };
  return { pending, proof: await verifyProof(data, context, pending.binding, proof) };
}
