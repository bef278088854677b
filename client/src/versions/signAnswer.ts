import { startAuthentication } from "@simplewebauthn/browser";
import { ApiRequestError, type ApprovalDecision, approvalChallenge } from "@tavolo/shared";
import { hasLinkedIdentity, startOidcAnswer } from "./oidcAnswer.ts";
import { SigningRefused } from "./signingRefused.ts";
import { versionsApi } from "./versionsApi.ts";

/** How an answer left: signed here, sent unsigned, or off to the IdP to re-authenticate. */
export type AnswerOutcome = "signed" | "unsigned" | "reauth";

/**
 * Sends an answer confirmed with the person's passkey: the server's challenge is checked to bind
 * exactly the impronta shown and this answer (recomputed here from the binding) before the
 * passkey signs it. A person with no passkey but an institutional identity goes to their IdP
 * to re-authenticate ("reauth"; the page completes the answer on return); one with neither
 * answers unsigned ("unsigned").
 */
export async function sendSignedAnswer(
  versionId: string,
  body: ApprovalDecision,
): Promise<AnswerOutcome> {
  const { binding, options } = await versionsApi.approvalChallenge(versionId, body);
  const reason = body.decision === "request_changes" ? body.reason.trim() : null;
  const bound =
    binding.versionHash === body.hash &&
    binding.decision === body.decision &&
    binding.reason === reason &&
    (await approvalChallenge(binding)) === options.challenge;
  if (!bound) throw new SigningRefused("mismatch");
  if ((options.allowCredentials ?? []).length === 0) {
    if (await hasLinkedIdentity()) {
      await startOidcAnswer(versionId, binding.organisationId, body);
      return "reauth";
    }
    // Accounts from before passkeys may still answer unsigned; anyone else must sign (403).
    await versionsApi.answer(versionId, body).catch((error: unknown) => {
      const mustSign = error instanceof ApiRequestError && error.status === 403;
      throw mustSign ? new SigningRefused("noPasskey") : error;
    });
    return "unsigned";
  }
  let assertion: Awaited<ReturnType<typeof startAuthentication>>;
  try {
    assertion = await startAuthentication({ optionsJSON: options });
  } catch (error) {
    const cancelled = error instanceof Error && error.name === "NotAllowedError";
    const message = error instanceof Error ? error.message : String(error);
    throw new SigningRefused(cancelled ? "cancelled" : "passkeyFailed", message);
  }
  const proof = {
    method: "passkey" as const,
    nonce: binding.nonce,
    assertion: { ...assertion, clientExtensionResults: {} },
  };
  await versionsApi.answer(versionId, { ...body, proof });
  return "signed";
}
