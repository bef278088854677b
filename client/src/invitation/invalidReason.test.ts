import { describe, expect, it } from "vitest";
import { invalidReason } from "./invalidReason.ts";

describe("invalidReason", () => {
  it.each([
    ["this invitation was withdrawn", "invitation.reasons.withdrawn"],
    ["this invitation has expired", "invitation.reasons.expired"],
    ["this invitation was already used", "invitation.reasons.used"],
    ["the procedure no longer exists", "invitation.reasons.gone"],
    ["something new", "invitation.reasons.other"],
    [null, "invitation.reasons.other"],
  ])("explains %j with %s", (reason, key) => {
    expect(invalidReason(reason)).toBe(key);
  });
});
