import { createHash } from "node:crypto";
import {
  type ApprovalBinding,
  type ApprovalResponse,
  type ApprovalSignatureCheck,
  type ApprovalSignatureStatus,
  approvalBindingText,
} from "@tavolo/shared";
import type { Data, StoredVersion } from "../db/database.ts";
import { assertionHolds } from "./approval-signature-keys.ts";
import { roundOf } from "./approvals.ts";

/** The challenge of a binding (base64url SHA-256 of its text), as the browser signed it. */
export function challengeOf(binding: ApprovalBinding): string {
  return createHash("sha256").update(approvalBindingText(binding), "utf8").digest("base64url");
}

/**
 * An answer's signature checked against `versionHash`, the version's impronta now: the
 * challenge is rebuilt from it and from the stored answer, never taken from the signature.
 */
export function signatureStatus(
  response: ApprovalResponse,
  versionHash: string,
): ApprovalSignatureStatus {
  const signature = response.signature;
  if (!signature) return "missing";
  const challenge = challengeOf({
    versionHash,
    organisationId: response.organisationId,
    decision: response.decision,
    reason: response.reason,
    nonce: signature.nonce,
  });
  // An OIDC re-authentication leaves no signature anyone can repeat: its binding must match.
  if (signature.method === "oidc") return signature.challenge === challenge ? "valid" : "invalid";
  return assertionHolds(signature, challenge) ? "valid" : "invalid";
}

/**
 * Whether no answer in the version's latest round carries a signature that fails against its
 * impronta: what the testo concordato needs. An unsigned answer ("missing") does not fail it.
 */
export function signaturesHold(data: Readonly<Data>, version: StoredVersion): boolean {
  const round = roundOf(data, version.id);
  return !round || round.responses.every((r) => signatureStatus(r, version.hash) !== "invalid");
}

/** Every answer in the version's latest round, each signature checked again now. */
export function signatureChecks(
  data: Readonly<Data>,
  version: StoredVersion,
): ApprovalSignatureCheck[] {
  const round = roundOf(data, version.id);
  if (!round) return [];
  const names = new Map(round.organisations.map((o) => [o.id, o.name]));
  return round.responses.map((response) => ({
    organisationId: response.organisationId,
    organisation: names.get(response.organisationId) ?? response.organisationId,
    personName: response.personName,
    decision: response.decision,
    at: response.at,
    method: response.signature?.method ?? null,
    acr: response.signature?.method === "oidc" ? response.signature.acr : null,
    status: signatureStatus(response, version.hash),
  }));
}
