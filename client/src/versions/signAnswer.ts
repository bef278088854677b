import { startAuthentication } from "@simplewebauthn/browser";
import { ApiRequestError, type ApprovalDecision, approvalChallenge } from "@tavolo/shared";
import { versionsApi } from "./versionsApi.ts";

/** Why an answer was not sent: the person cancelled, the passkey failed, or the challenge was wrong. */
export class SigningRefused extends Error {
  constructor(
    readonly reason: "cancelled" | "passkeyFailed" | "mismatch" | "noPasskey",
    message: string = reason,
  ) {
    super(message);
  }
}

/**
 * Sends an answer confirmed with the person's passkey: the server's challenge is checked to bind
 * exactly the impronta shown and this answer (recomputed here from the binding) before the
 * passkey signs it. A person with no passkey yet answers unsigned ("unsigned").
 */
export async function sendSignedAnswer(
  versionId: string,
  body: ApprovalDecision,
): Promise<"signed" | "unsigned"> {
  const { binding, options } = await versionsApi.approvalChallenge(versionId, body);
  const reason = body.decision === "request_changes" ? body.reason.trim() : null;
  const bound =
    binding.versionHash === body.hash &&
    binding.decision === body.decision &&
    binding.reason === reason &&
    (await approvalChallenge(binding)) === options.challenge;
  if (!bound) throw new SigningRefused("mismatch");
  if ((options.allowCredentials ?? []).length === 0) {
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
