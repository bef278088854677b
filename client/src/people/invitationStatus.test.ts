import { describe, expect, it } from "vitest";
import { invitationStatus, invitationUrl } from "./invitationStatus.ts";

const now = Date.parse("2025-03-12T10:00:00Z");
const base = {
  revokedAt: null,
  expiresAt: "2025-03-19T10:00:00Z",
  singleUse: true,
  usedBy: [] as string[],
};

describe("invitationStatus", () => {
  it("is valid until used, expired or withdrawn", () => {
    expect(invitationStatus(base, now)).toBe("valid");
    expect(invitationStatus({ ...base, usedBy: ["p1"] }, now)).toBe("used");
    expect(invitationStatus({ ...base, expiresAt: "2025-03-12T10:00:00Z" }, now)).toBe("expired");
    expect(invitationStatus({ ...base, revokedAt: "2025-03-11T00:00:00Z" }, now)).toBe("withdrawn");
  });

  it("keeps a multi-use link valid after people used it", () => {
    expect(invitationStatus({ ...base, singleUse: false, usedBy: ["p1", "p2"] }, now)).toBe(
      "valid",
    );
  });

  it("says withdrawn before expired, as the server does", () => {
    expect(
      invitationStatus(
        { ...base, revokedAt: "2025-03-01T00:00:00Z", expiresAt: "2025-03-02T00:00:00Z" },
        now,
      ),
    ).toBe("withdrawn");
  });
});

describe("invitationUrl", () => {
  it("is the page that accepts the invitation on this server", () => {
    expect(invitationUrl("abc", "https://tavolo.comune.pero.mi.it")).toBe(
      "https://tavolo.comune.pero.mi.it/invito/abc",
    );
  });
});
