import { describe, expect, it } from "vitest";
import { emptyData } from "../db/data.ts";
import { ApiError } from "../http/api-error.ts";
import { reissueBootstrapLink } from "./admin-bootstrap.ts";
import { issueSignInLink, spendSignInLink } from "./sign-in-links.ts";

const NOW = Date.parse("2026-12-03T10:00:00Z");

function withPerson() {
  const data = emptyData();
  data.people.p = { id: "p", displayName: "Luca Neri", createdAt: new Date(NOW).toISOString() };
  return data;
}

const statusOf = (action: () => unknown): number | null => {
  try {
    action();
    return null;
  } catch (error) {
    return error instanceof ApiError ? error.status : -1;
  }
};

describe("sign-in links", () => {
  it("store only the secret's SHA-256 and are spent once, before they expire", () => {
    const data = withPerson();
    const link = { personId: "p", issuedBy: null, procedureId: null, validForMs: 60_000 };
    const { secret, record } = issueSignInLink(data, { ...link, kind: "sign-in" }, NOW);
    expect(JSON.stringify(data)).not.toContain(secret);
    expect(record.tokenSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(statusOf(() => spendSignInLink(data, "not-the-secret", NOW))).toBe(404);
    expect(spendSignInLink(data, secret, NOW + 59_000).usedAt).not.toBeNull();
    expect(statusOf(() => spendSignInLink(data, secret, NOW + 59_500))).toBe(410);

    const late = issueSignInLink(data, { ...link, kind: "sign-in" }, NOW);
    expect(statusOf(() => spendSignInLink(data, late.secret, NOW + 60_000))).toBe(410);
  });

  it("grant what their kind carries: administrator, or the right to create procedures", () => {
    const data = withPerson();
    const link = { personId: "p", issuedBy: null, procedureId: null, validForMs: 60_000 };
    spendSignInLink(
      data,
      issueSignInLink(data, { ...link, kind: "instance-invitation" }, NOW).secret,
      NOW,
    );
    expect(data.people.p).toMatchObject({ mayCreateProcedures: true });
    expect(data.people.p?.isAdmin).toBeUndefined();
    spendSignInLink(data, issueSignInLink(data, { ...link, kind: "bootstrap" }, NOW).secret, NOW);
    expect(data.people.p?.isAdmin).toBe(true);
  });
});

describe("the first-start link", () => {
  it("replaces its unused predecessor for the same person, and stops once an administrator exists", () => {
    const data = emptyData();
    const first = reissueBootstrapLink(data, NOW);
    const second = reissueBootstrapLink(data, NOW + 1000);
    expect(second?.record.personId).toBe(first?.record.personId);
    expect(Object.keys(data.signInLinks)).toEqual([second?.record.id]);
    expect(Object.keys(data.people)).toHaveLength(1);
    spendSignInLink(data, second?.secret ?? "", NOW + 2000);
    expect(reissueBootstrapLink(data, NOW + 3000)).toBeNull();
  });

  it("lets the creators of procedures in an older DATA_DIR keep creating them", () => {
    const data = withPerson();
    data.procedures.x = { createdBy: "p" } as (typeof data.procedures)[string];
    reissueBootstrapLink(data, NOW);
    expect(data.people.p).toMatchObject({ mayCreateProcedures: true });
  });
});
