import { describe, expect, it } from "vitest";
import {
  isAllowedOrigin,
  isAllowedRequestSource,
  type OriginPolicy,
  requestIsHttps,
} from "./origin-policy.ts";

const plain: OriginPolicy = { publicOrigin: null, allowedOrigins: new Set(), trustProxy: false };
const request = (headers: Record<string, string> = {}, url = "http://tavolo.local:3000/api/x") =>
  new Request(url, { method: "POST", headers });

describe("origin policy", () => {
  it("allows the origin the request was addressed to, and nothing near it", () => {
    const r = request();
    expect(isAllowedOrigin(plain, "http://tavolo.local:3000", r)).toBe(true);
    for (const origin of [
      "http://tavolo.local:3001",
      "https://tavolo.local:3000",
      "http://evil.local:3000",
      "null",
    ]) {
      expect(isAllowedOrigin(plain, origin, r), origin).toBe(false);
    }
  });

  it("allows PUBLIC_URL and ALLOWED_ORIGINS, never the opaque origin null", () => {
    const policy: OriginPolicy = {
      publicOrigin: "https://tavolo.comune.example",
      allowedOrigins: new Set(["https://portale.comune.example", "null"]),
      trustProxy: false,
    };
    expect(isAllowedOrigin(policy, "https://tavolo.comune.example", request())).toBe(true);
    expect(isAllowedOrigin(policy, "https://portale.comune.example", request())).toBe(true);
    expect(isAllowedOrigin(policy, "null", request())).toBe(false);
  });

  it("believes X-Forwarded-Proto only with TRUST_PROXY", () => {
    const forwarded = request({ "x-forwarded-proto": "https" });
    expect(requestIsHttps(plain, forwarded)).toBe(false);
    expect(isAllowedOrigin(plain, "https://tavolo.local:3000", forwarded)).toBe(false);
    const trusting = { ...plain, trustProxy: true };
    expect(requestIsHttps(trusting, forwarded)).toBe(true);
    expect(isAllowedOrigin(trusting, "https://tavolo.local:3000", forwarded)).toBe(true);
    expect(requestIsHttps({ ...plain, publicOrigin: "https://t.example" }, request())).toBe(true);
  });

  it("lets through requests without Origin unless Sec-Fetch-Site says another site", () => {
    expect(isAllowedRequestSource(plain, request())).toBe(true);
    expect(isAllowedRequestSource(plain, request({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isAllowedRequestSource(plain, request({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isAllowedRequestSource(plain, request({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});
