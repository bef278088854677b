import { describe, expect, it } from "vitest";
import { type ChainEntry, verifyChain } from "./chain.ts";
import { isAgreed, tallyRound } from "./version.ts";

const h = (c: string) => c.repeat(64);

function entry(
  roomId: string,
  number: number,
  hash: string,
  previousHash: string | null,
): ChainEntry {
  const id = `${roomId}-${number}`;
  return {
    id,
    roomId,
    number,
    hash,
    previousHash,
    hashOfCanonical: hash,
    hashOfState: hash,
    approvalHashes: [hash],
  };
}

describe("verifyChain", () => {
  it("accepts two documents, each with its own well-linked chain", () => {
    const report = verifyChain([
      entry("b", 1, h("c"), null),
      entry("a", 2, h("b"), h("a")),
      entry("a", 1, h("a"), null),
    ]);
    expect(report.ok).toBe(true);
    expect(report.versions.map((v) => v.id)).toEqual(["a-1", "a-2", "b-1"]);
  });

  it("reports a canonical string that no longer gives its hash", () => {
    const tampered = { ...entry("a", 1, h("a"), null), hashOfCanonical: h("f") };
    const report = verifyChain([tampered, entry("a", 2, h("b"), h("a"))]);
    expect(report.ok).toBe(false);
    expect(report.versions[0]?.problems).toEqual(["canonical-mismatch"]);
    expect(report.versions[1]?.ok).toBe(true);
  });

  it("reports a Yjs state that rebuilds to another text, or cannot be read", () => {
    const changed = { ...entry("a", 1, h("a"), null), hashOfState: h("e") };
    const lost = { ...entry("a", 2, h("b"), h("a")), hashOfState: null };
    const report = verifyChain([changed, lost]);
    expect(report.versions.map((v) => v.problems)).toEqual([
      ["state-mismatch"],
      ["state-unreadable"],
    ]);
  });

  it("reports a broken link and a gap in the numbering", () => {
    const report = verifyChain([entry("a", 1, h("a"), null), entry("a", 3, h("c"), h("b"))]);
    expect(report.versions[1]?.problems).toEqual(["broken-link", "numbering"]);
  });
});

describe("approval binding", () => {
  it("reports a version whose approvals were given for another hash", () => {
    const rebound = { ...entry("a", 1, h("a"), null), approvalHashes: [h("a"), h("9")] };
    const report = verifyChain([rebound]);
    expect(report.versions[0]?.problems).toEqual(["approval-other-hash"]);
  });
});

describe("tallyRound", () => {
  const organisations = ["comune", "coop", "aps"].map((id) => ({
    id,
    name: id,
    type: "associazione" as const,
    role: "partner" as const,
  }));
  const answer = (organisationId: string, decision: "approve" | "request_changes") => ({
    organisationId,
    personId: "p",
    personName: "P",
    decision,
    reason: null,
    at: "2026-01-01T00:00:00.000Z",
    versionHash: h("a"),
  });

  it("splits organisations into approved, objecting and pending", () => {
    const round = {
      organisations,
      responses: [answer("coop", "approve"), answer("aps", "request_changes")],
    };
    expect(tallyRound(round, h("a"))).toEqual({
      approved: ["coop"],
      changesRequested: ["aps"],
      pending: ["comune"],
    });
    expect(isAgreed(round, h("a"))).toBe(false);
  });

  it("is agreed only when every organisation approved, never with nobody asked", () => {
    const all = organisations.map((o) => answer(o.id, "approve"));
    expect(isAgreed({ organisations, responses: all }, h("a"))).toBe(true);
    expect(isAgreed({ organisations: [], responses: [] }, h("a"))).toBe(false);
  });

  it("never counts an approval given for another hash", () => {
    const all = organisations.map((o) => answer(o.id, "approve"));
    expect(isAgreed({ organisations, responses: all }, h("b"))).toBe(false);
    expect(tallyRound({ organisations, responses: all }, h("b")).pending).toHaveLength(3);
  });
});
