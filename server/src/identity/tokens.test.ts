import { describe, expect, it } from "vitest";
import { bearerOf, newApiTokenSecret, sha256Hex } from "./tokens.ts";

describe("bearer tokens", () => {
  it("are read only from a well-formed Authorization: Bearer header", () => {
    expect(bearerOf("Bearer tvl_abc")).toBe("tvl_abc");
    expect(bearerOf("bearer  tvl_abc ")).toBe("tvl_abc");
    for (const header of [undefined, "", "Basic dXNlcjpwYXNz", "Bearer", "Bearer a b", "tvl_abc"]) {
      expect(bearerOf(header), String(header)).toBeNull();
    }
  });

  it("are 256 random bits, kept only as their SHA-256", () => {
    const token = newApiTokenSecret();
    expect(token).toMatch(/^tvl_[A-Za-z0-9_-]{43}$/);
    expect(newApiTokenSecret()).not.toBe(token);
    expect(sha256Hex(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
