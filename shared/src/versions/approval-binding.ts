import type { ChainReport } from "./chain.ts";
import type { ApprovalAnswer } from "./version.ts";

/**
 * What an approver signs: this version's impronta, the organisation answering, the decision (and
 * the reason of a request for changes) and a nonce the server issued once. The WebAuthn
 * challenge, or the OIDC re-authentication's binding, is the SHA-256 of `approvalBindingText`.
 */
export interface ApprovalBinding {
  versionHash: string;
  organisationId: string;
  decision: ApprovalAnswer;
  /** The reason of a request for changes; null for an approval. */
  reason: string | null;
  nonce: string;
}

/** Names the format, so that a signature for anything else never reads as an approval. */
export const APPROVAL_BINDING_CONTEXT = "tavolo/approvazione/v1";
export const APPROVAL_CHALLENGE_ALGORITHM = "SHA-256";

/** The canonical text signed: a JSON array, unambiguous whatever the fields hold. */
export function approvalBindingText(binding: ApprovalBinding): string {
  return JSON.stringify([
    APPROVAL_BINDING_CONTEXT,
    binding.versionHash,
    binding.organisationId,
    binding.decision,
    binding.reason,
    binding.nonce,
  ]);
}

/** Bytes → base64url without padding, as WebAuthn carries challenges. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The challenge (base64url SHA-256 of the binding text), with WebCrypto: browser and server. */
export async function approvalChallenge(binding: ApprovalBinding): Promise<string> {
  const bytes = new TextEncoder().encode(approvalBindingText(binding));
  const digest = await crypto.subtle.digest(APPROVAL_CHALLENGE_ALGORITHM, bytes);
  return toBase64Url(new Uint8Array(digest));
}

/** A passkey's WebAuthn assertion over the challenge, with the key that verifies it (base64url). */
export interface PasskeyApprovalSignature {
  method: "passkey";
  nonce: string;
  credentialId: string;
  /** The credential's COSE public key as it was registered. */
  publicKey: string;
  authenticatorData: string;
  clientDataJSON: string;
  signature: string;
  /** The relying party the assertion was made for (its hash is in `authenticatorData`). */
  rpId: string;
}

/** A re-authentication at the person's IdP (SPID/CIE through a gateway, or the entity's IdP). */
export interface OidcApprovalSignature {
  method: "oidc";
  nonce: string;
  issuer: string;
  subject: string;
  acr: string | null;
  authTime: string;
  /** The challenge the re-authentication was bound to (base64url SHA-256 of the binding). */
  challenge: string;
}

/** Stored with an approval: who signed it and how. */
export type ApprovalSignature = PasskeyApprovalSignature | OidcApprovalSignature;

/** A re-check of a stored approval against the version's impronta now. */
export type ApprovalSignatureStatus = "valid" | "missing" | "invalid";

/** One approval as verification reports it. */
export interface ApprovalSignatureCheck {
  organisationId: string;
  organisation: string;
  personName: string;
  decision: ApprovalAnswer;
  at: string;
  method: ApprovalSignature["method"] | null;
  /** The assurance level the IdP reported, for an OIDC signature. */
  acr: string | null;
  status: ApprovalSignatureStatus;
}

/**
 * `GET /api/procedures/:pid/versions/verify`: the chain of versions and every approval's
 * signature, by version id. A wrong signature makes the report not ok; a missing one (answers
 * from before approvals were signed) is reported, not counted as broken.
 */
export interface VerificationReport extends ChainReport {
  checkedAt: string;
  signatures: Record<string, ApprovalSignatureCheck[]>;
}
