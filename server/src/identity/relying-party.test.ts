import { describe, expect, it } from "vitest";
import type { OriginPolicy } from "../http/origin-policy.ts";
import { ceremonyPlace } from "./relying-party.ts";

const policy = (publicOrigin: string | null = null, allowed: string[] = []): OriginPolicy => ({
  publicOrigin,
  allowedOrigins: new Set(allowed),
  trustProxy: false,
});

const request = (url: string, origin?: string) =>
  new Request(url, { method: "POST", headers: origin ? { origin } : {} });

describe("ceremonyPlace", () => {
  it("is the address the request was sent to, when nothing else is said", () => {
    expect(ceremonyPlace(policy(), request("http://localhost:3000/api/x"))).toEqual({
      origin: "http://localhost:3000",
      rpID: "localhost",
    });
  });

  it("is PUBLIC_URL behind a proxy", () => {
    const place = ceremonyPlace(
      policy("https://tavolo.comune.example"),
      request("http://10.0.0.5:3000/api/x"),
    );
    expect(place).toEqual({
      origin: "https://tavolo.comune.example",
      rpID: "tavolo.comune.example",
    });
  });

  it("follows the page's Origin when the policy allows it, and ignores a foreign one", () => {
    const allowed = policy(null, ["http://localhost:5173"]);
    expect(
      ceremonyPlace(allowed, request("http://localhost:3000/api/x", "http://localhost:5173")),
    ).toEqual({ origin: "http://localhost:5173", rpID: "localhost" });
    expect(
      ceremonyPlace(allowed, request("http://localhost:3000/api/x", "https://evil.example")).origin,
    ).toBe("http://localhost:3000");
  });
});
