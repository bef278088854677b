import { decodeAttestationObject, parseAuthenticatorData } from "@simplewebauthn/server/helpers";
import type { ApprovalResponse, PasskeyApprovalSignature } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import { SoftAuthenticator } from "../../test/helpers/soft-authenticator.ts";
import { challengeOf, signatureStatus } from "./approval-signature.ts";

const ORIGIN = "https://tavolo.comune.example";
const HASH = "ab".repeat(32);
const NONCE = "n".repeat(43);

/** An answer signed by a soft authenticator over the challenge of (HASH, org, approve, NONCE). */
function signedResponse(): ApprovalResponse {
  const device = new SoftAuthenticator();
  const rp = { id: "tavolo.comune.example", name: "Tavolo" };
  const user = { id: "cGVyc29u", name: "Marco", displayName: "Marco" };
  const registration = device.register(
    { rp, user, challenge: "cmVn", pubKeyCredParams: [{ type: "public-key", alg: -7 }] },
    ORIGIN,
  );
  const attestation = Buffer.from(registration.response.attestationObject, "base64url");
  const authData = decodeAttestationObject(new Uint8Array(attestation)).get("authData");
  const publicKey = parseAuthenticatorData(authData).credentialPublicKey ?? new Uint8Array();
  const binding = {
    versionHash: HASH,
    organisationId: "coop",
    decision: "approve",
    reason: null,
    nonce: NONCE,
  } as const;
  const assertion = device.authenticate({ challenge: challengeOf(binding), rpId: rp.id }, ORIGIN);
  const signature: PasskeyApprovalSignature = {
    method: "passkey",
    nonce: NONCE,
    credentialId: assertion.id,
    publicKey: Buffer.from(publicKey).toString("base64url"),
    authenticatorData: assertion.response.authenticatorData,
    clientDataJSON: assertion.response.clientDataJSON,
    signature: assertion.response.signature,
    rpId: rp.id,
  };
  return {
    organisationId: "coop",
    personId: "p1",
    personName: "Marco Bianchi",
    decision: "approve",
    reason: null,
    at: "2026-12-03T10:00:00.000Z",
    versionHash: HASH,
    signature,
  };
}

function flipByte(base64url: string, index: number): string {
  const bytes = Buffer.from(base64url, "base64url");
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return bytes.toString("base64url");
}

function withSignature(
  response: ApprovalResponse,
  change: Partial<PasskeyApprovalSignature>,
): ApprovalResponse {
  const signature = response.signature;
  if (signature?.method !== "passkey") throw new Error("not a passkey signature");
  return { ...response, signature: { ...signature, ...change } };
}

describe("an approval's signature checked again", () => {
  const good = signedResponse();
  const stored = good.signature?.method === "passkey" ? good.signature : null;

  it("holds for the version's impronta it was given for", () => {
    expect(signatureStatus(good, HASH)).toBe("valid");
  });

  it("fails for another impronta, organisation, decision or reason", () => {
    expect(signatureStatus(good, "cd".repeat(32))).toBe("invalid");
    expect(signatureStatus({ ...good, organisationId: "aps" }, HASH)).toBe("invalid");
    expect(signatureStatus({ ...good, decision: "request_changes" }, HASH)).toBe("invalid");
    expect(signatureStatus({ ...good, reason: "aggiunto dopo" }, HASH)).toBe("invalid");
  });

  it("fails once one byte of the signature, the authenticator data or the key changes", () => {
    if (!stored) throw new Error("no signature");
    const tampered = [
      { signature: flipByte(stored.signature, 12) },
      { authenticatorData: flipByte(stored.authenticatorData, 33) },
      { publicKey: flipByte(stored.publicKey, 20) },
      { clientDataJSON: flipByte(stored.clientDataJSON, 3) },
      { rpId: "altro.example" },
      { nonce: "m".repeat(43) },
    ];
    for (const change of tampered) {
      expect(signatureStatus(withSignature(good, change), HASH)).toBe("invalid");
    }
  });

  it("is missing on answers given before approvals were signed", () => {
    const { signature: _signature, ...legacy } = good;
    expect(signatureStatus(legacy, HASH)).toBe("missing");
  });

  it("accepts an OIDC re-authentication only for the same binding", () => {
    const binding = {
      versionHash: HASH,
      organisationId: "coop",
      decision: "approve",
      reason: null,
    };
    const oidc = {
      method: "oidc",
      nonce: NONCE,
      issuer: "https://spid.example",
      subject: "TINIT-RSSMRA",
      acr: "https://www.spid.gov.it/SpidL2",
      authTime: "2026-12-03T10:00:00.000Z",
      challenge: challengeOf({ ...binding, decision: "approve", nonce: NONCE }),
    } as const;
    expect(signatureStatus({ ...good, signature: oidc }, HASH)).toBe("valid");
    expect(signatureStatus({ ...good, signature: oidc }, "cd".repeat(32))).toBe("invalid");
  });
});
