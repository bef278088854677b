import { type ApprovalDecision, OIDC_PROOF_PARAM, type OidcProofSummary } from "@tavolo/shared";
import { goToProvider, oidcApi, oidcConfig } from "../oidc/oidc-api.ts";
import { SigningRefused } from "./signingRefused.ts";
import { versionsApi } from "./versionsApi.ts";

const reasonOf = (body: ApprovalDecision) =>
  body.decision === "request_changes" ? body.reason.trim() : null;

/** Whether this person can confirm an answer by re-authenticating at an IdP. */
export async function hasLinkedIdentity(): Promise<boolean> {
  if (!(await oidcConfig()).enabled) return false;
  return (await oidcApi.identities()).length > 0;
}

/** This page's address without a proof already used, where the IdP sends the person back. */
export function pageWithoutProof(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete(OIDC_PROOF_PARAM);
  return `${url.pathname}${url.search}`;
}

/**
 * Leaves for the IdP to confirm `body` (its reason included) for `organisationId`: the server
 * binds the re-authentication to the version's impronta, the organisation and the answer.
 */
export async function startOidcAnswer(
  versionId: string,
  organisationId: string,
  body: ApprovalDecision,
): Promise<void> {
  await goToProvider(
    oidcApi.reauth({
      versionId,
      organisationId,
      decision: body.decision,
      reason: reasonOf(body),
      returnTo: pageWithoutProof(),
    }),
  );
}

/** The answer a re-authentication confirms, as the server bound it. */
export function answerOf(proof: OidcProofSummary): ApprovalDecision {
  return proof.decision === "request_changes"
    ? { decision: "request_changes", hash: proof.versionSha256, reason: proof.reason ?? "" }
    : { decision: "approve", hash: proof.versionSha256 };
}

/**
 * Sends the answer `proof` confirms, with it: the challenge is checked to bind exactly that
 * answer (as for a passkey), and the server uses the proof up.
 */
export async function sendOidcAnswer(proofId: string, proof: OidcProofSummary): Promise<void> {
  const body = answerOf(proof);
  const { binding } = await versionsApi.approvalChallenge(proof.versionId, body);
  const bound =
    binding.versionHash === proof.versionSha256 &&
    binding.organisationId === proof.organisationId &&
    binding.decision === proof.decision &&
    binding.reason === reasonOf(body);
  if (!bound) throw new SigningRefused("mismatch");
  const signed = { method: "oidc" as const, nonce: binding.nonce, proofId };
  await versionsApi.answer(proof.versionId, { ...body, proof: signed });
}
