import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import type {
  ApiClient,
  ApprovalChallengeResponse,
  DocumentVersion,
  VersionDetail,
} from "@tavolo/shared";
import type { TestServer } from "./in-process-server.ts";
import type { SoftAuthenticator, Tamper } from "./soft-authenticator.ts";

export type AnswerBody = { decision: "approve" } | { decision: "request_changes"; reason: string };

/** `POST .../approvals/challenge` for this answer. */
export function askChallenge(api: ApiClient, version: DocumentVersion, body: AnswerBody) {
  return api.ok<ApprovalChallengeResponse>(
    "POST",
    `/api/versions/${version.id}/approvals/challenge`,
    { hash: version.hash, ...body },
  );
}

/** What the soft authenticator answers for the challenge's options, as a browser would. */
export function sign(
  authenticator: SoftAuthenticator,
  server: TestServer,
  challenge: ApprovalChallengeResponse,
  tamper: Tamper = {},
) {
  const options: PublicKeyCredentialRequestOptionsJSON = challenge.options;
  const assertion = authenticator.authenticate(options, server.url, tamper);
  return { method: "passkey" as const, nonce: challenge.binding.nonce, assertion };
}

/** `POST .../approvals` with a proof. */
export function postAnswer(
  api: ApiClient,
  version: DocumentVersion,
  body: AnswerBody,
  proof?: ReturnType<typeof sign> | { method: "oidc"; nonce: string; proofId: string },
) {
  return api.request<VersionDetail>("POST", `/api/versions/${version.id}/approvals`, {
    hash: version.hash,
    ...body,
    ...(proof ? { proof } : {}),
  });
}

/** The whole ceremony: challenge, the passkey's assertion over it, the signed answer. */
export async function signedAnswer(
  api: ApiClient,
  server: TestServer,
  authenticator: SoftAuthenticator,
  version: DocumentVersion,
  body: AnswerBody = { decision: "approve" },
) {
  const challenge = await askChallenge(api, version, body);
  return postAnswer(api, version, body, sign(authenticator, server, challenge));
}
