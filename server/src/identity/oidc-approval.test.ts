import { describe, expect, it } from "vitest";
import { emptyData } from "../db/data.ts";
import { ApiError } from "../http/api-error.ts";
import { consumeOidcApproval, PROOF_TTL_MS, recordOidcApproval } from "./oidc-approval.ts";
import type { VerifiedIdentity } from "./oidc-client.ts";
import type { ApprovalBinding } from "./oidc-transactions.ts";

const identity: VerifiedIdentity = {
  issuer: "https://idp.comune.example",
  subject: "mario",
  acr: "https://www.spid.gov.it/SpidL2",
  authTime: 1_800_000_000,
  email: null,
  name: "Mario Rossi",
};
const binding: ApprovalBinding = {
  versionId: "v1",
  versionSha256: "a".repeat(64),
  organisationId: "org-1",
  decision: "approve",
  reason: null,
};
const NOW = 1_800_000_010_000;

function withProof() {
  const data = emptyData();
  data.oidcIdentities[`${identity.issuer} ${identity.subject}`] = {
    issuer: identity.issuer,
    subject: identity.subject,
    personId: "p1",
    acr: identity.acr,
    email: null,
    linkedAt: "2027-01-15T08:00:00.000Z",
    lastUsedAt: "2027-01-15T08:00:00.000Z",
  };
  const proof = recordOidcApproval(data, "p1", identity, binding, NOW);
  return { data, proof };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return `${error.status} ${error.message}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("consumeOidcApproval", () => {
  it("confirms the decision it is bound to once, with the IdP, subject, acr and auth time", () => {
    const { data, proof } = withProof();
    const used = consumeOidcApproval(data, proof.id, "p1", binding, NOW);
    expect(used).toMatchObject({
      personId: "p1",
      issuer: identity.issuer,
      subject: "mario",
      acr: identity.acr,
      authTime: new Date(1_800_000_000_000).toISOString(),
      versionSha256: binding.versionSha256,
    });
    expect(refusal(() => consumeOidcApproval(data, proof.id, "p1", binding, NOW))).toMatch(
      /^403 oidcProof: no such re-authentication/,
    );
  });

  it.each([
    ["another version hash", { versionSha256: "b".repeat(64) }],
    ["another version", { versionId: "v2" }],
    ["another organisation", { organisationId: "org-2" }],
    ["another decision", { decision: "request_changes" as const }],
    ["a reason added after re-authenticating", { reason: "Manca l'articolo 4" }],
  ])("refuses it for %s", (_what, change) => {
    const { data, proof } = withProof();
    expect(
      refusal(() => consumeOidcApproval(data, proof.id, "p1", { ...binding, ...change }, NOW)),
    ).toMatch(/another version, organisation, decision or reason/);
  });

  it("refuses a request for changes whose reason was edited after re-authenticating", () => {
    const data = withProof().data;
    const objection = {
      ...binding,
      decision: "request_changes" as const,
      reason: "Manca l'art. 4",
    };
    const proof = recordOidcApproval(data, "p1", identity, objection, NOW);
    const edited = { ...objection, reason: "Va tutto bene" };
    expect(refusal(() => consumeOidcApproval(data, proof.id, "p1", edited, NOW))).toMatch(
      /or reason/,
    );
  });

  it("refuses someone else's proof, an expired one and one whose identity was unlinked", () => {
    const other = withProof();
    expect(
      refusal(() => consumeOidcApproval(other.data, other.proof.id, "p2", binding, NOW)),
    ).toMatch(/someone else's/);
    const late = withProof();
    const after = NOW + PROOF_TTL_MS;
    expect(
      refusal(() => consumeOidcApproval(late.data, late.proof.id, "p1", binding, after)),
    ).toMatch(/expired/);
    const unlinked = withProof();
    unlinked.data.oidcIdentities = {};
    expect(
      refusal(() => consumeOidcApproval(unlinked.data, unlinked.proof.id, "p1", binding, NOW)),
    ).toMatch(/no longer linked/);
  });

  it("drops expired proofs when a new one is recorded", () => {
    const { data, proof } = withProof();
    recordOidcApproval(data, "p1", identity, binding, NOW + PROOF_TTL_MS);
    expect(data.oidcApprovalProofs[proof.id]).toBeUndefined();
    expect(Object.keys(data.oidcApprovalProofs)).toHaveLength(1);
  });
});
