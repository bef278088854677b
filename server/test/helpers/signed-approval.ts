import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { decodeAttestationObject, parseAuthenticatorData } from "@simplewebauthn/server/helpers";
import type {
  ApiClient,
  ApprovalChallengeResponse,
  DocumentVersion,
  VersionDetail,
} from "@tavolo/shared";
import type { TestServer } from "./in-process-server.ts";
import { SoftAuthenticator, type Tamper } from "./soft-authenticator.ts";

/**
 * Gives `personId` a passkey on a new soft authenticator, written straight into the server's
 * store (as registration at invitation will): its COSE key read from a real attestation.
 */
export async function givePasskey(
  server: TestServer,
  personId: string,
): Promise<SoftAuthenticator> {
  const authenticator = new SoftAuthenticator();
  const rpId = new URL(server.url).hostname;
  const registration = authenticator.register(
    {
      rp: { id: rpId, name: "Tavolo" },
      user: {
        id: Buffer.from(personId).toString("base64url"),
        name: personId,
        displayName: personId,
      },
      challenge: Buffer.from("registration").toString("base64url"),
      pubKeyCredParams: [{ type: "public-key", alg: -7 }],
    },
    server.url,
  );
  const attestation = Buffer.from(registration.response.attestationObject, "base64url");
  const authData = decodeAttestationObject(new Uint8Array(attestation)).get("authData");
  const publicKey = parseAuthenticatorData(authData).credentialPublicKey;
  if (!publicKey) throw new Error("the soft authenticator gave no public key");
  await server.db.change((data) => {
    data.passkeys[registration.id] = {
      id: registration.id,
      personId,
      publicKey: Buffer.from(publicKey).toString("base64url"),
      counter: 0,
      transports: ["internal"],
      name: "Portatile di prova",
      createdAt: new Date().toISOString(),
      lastUsedAt: null,
    };
  });
  return authenticator;
}

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
  proof?: ReturnType<typeof sign>,
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
