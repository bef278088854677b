import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress } from "./client-ip.ts";

describe("addressBucket", () => {
  it("keeps IPv4 addresses, also IPv4-mapped ones", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts IPv6 addresses by their /64 network", () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0DB8:0001:0002:ffff:1:2:3")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});

describe("clientAddress", () => {
  const addressOf = async (trustProxy: boolean, headers: Record<string, string>) => {
    const app = new Hono().get("/", (c) => c.text(clientAddress(c, trustProxy)));
    return (await app.request("/", { headers })).text();
  };

  it("ignores X-Forwarded-For unless the proxy is trusted", async () => {
    expect(await addressOf(false, { "x-forwarded-for": "198.51.100.1" })).toBe("unknown");
  });

  it("takes the address the trusted proxy saw, not what the client claimed before it", async () => {
    const headers = { "x-forwarded-for": "10.0.0.1, 198.51.100.9" };
    expect(await addressOf(true, headers)).toBe("198.51.100.9");
  });
});
