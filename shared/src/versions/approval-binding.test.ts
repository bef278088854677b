import { describe, expect, it } from "vitest";
import {
  type ApprovalBinding,
  approvalBindingText,
  approvalChallenge,
} from "./approval-binding.ts";
import { ApprovalProofSchema } from "./approval-binding-schemas.ts";

const binding: ApprovalBinding = {
  versionHash: "a".repeat(64),
  organisationId: "org1",
  decision: "approve",
  reason: null,
  nonce: "n".repeat(43),
};

describe("approval binding", () => {
  it("is a JSON array naming its format, then hash, organisation, decision, reason, nonce", () => {
    expect(JSON.parse(approvalBindingText(binding))).toEqual([
      "tavolo/approvazione/v1",
      binding.versionHash,
      "org1",
      "approve",
      null,
      binding.nonce,
    ]);
  });

  it("gives the SHA-256 of that text as a base64url challenge (a fixed vector)", async () => {
    expect(await approvalChallenge(binding)).toBe("KPz_41ZHo6djnMdGMFkKDQOiNSvzrh9sstY5ZVK4BXY");
  });

  it("changes with every field it binds", async () => {
    const base = await approvalChallenge(binding);
    const variants: ApprovalBinding[] = [
      { ...binding, versionHash: "b".repeat(64) },
      { ...binding, organisationId: "org2" },
      { ...binding, decision: "request_changes", reason: "manca il budget" },
      { ...binding, nonce: "m".repeat(43) },
    ];
    for (const variant of variants) expect(await approvalChallenge(variant)).not.toBe(base);
  });

  it("cannot be made ambiguous by separators inside a field", () => {
    const a = approvalBindingText({ ...binding, organisationId: 'x","approve' });
    const b = approvalBindingText({ ...binding, organisationId: "x" });
    expect(a).not.toBe(b);
    expect(JSON.parse(a)[2]).toBe('x","approve');
  });
});

describe("approval proof", () => {
  it("accepts a passkey assertion and an OIDC proof, and refuses an unknown method", () => {
    const nonce = binding.nonce;
    const response = { authenticatorData: "AA", clientDataJSON: "AA", signature: "AA" };
    const assertion = { id: "AQ", rawId: "AQ", type: "public-key", response };
    expect(ApprovalProofSchema.safeParse({ method: "passkey", nonce, assertion }).success).toBe(
      true,
    );
    expect(ApprovalProofSchema.safeParse({ method: "oidc", nonce, proofId: "p1" }).success).toBe(
      true,
    );
    expect(ApprovalProofSchema.safeParse({ method: "password", nonce }).success).toBe(false);
  });
});
