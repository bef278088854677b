import { describe, expect, it } from "vitest";
import { cookieOriginAllowed } from "./origin-policy.ts";

const none = new Set<string>();

describe("cookieOriginAllowed", () => {
  it("allows the server's own origin, whatever the case or default port", () => {
    expect(cookieOriginAllowed("http://127.0.0.1:3000", "127.0.0.1:3000", none)).toBe(true);
    expect(cookieOriginAllowed("https://Tavolo.example", "tavolo.example:443", none)).toBe(true);
  });

  it("refuses another port or host of the same machine, null, and non-web schemes", () => {
    expect(cookieOriginAllowed("http://127.0.0.1:5555", "127.0.0.1:3000", none)).toBe(false);
    expect(cookieOriginAllowed("http://localhost:3000", "127.0.0.1:3000", none)).toBe(false);
    expect(cookieOriginAllowed("null", "127.0.0.1:3000", none)).toBe(false);
    expect(cookieOriginAllowed("file://", "127.0.0.1:3000", none)).toBe(false);
    expect(cookieOriginAllowed("http://127.0.0.1:5555", undefined, none)).toBe(false);
  });

  it("allows the configured origins", () => {
    const allowed = new Set(["https://tavolo.comune.example"]);
    expect(cookieOriginAllowed("https://tavolo.comune.example", "10.0.0.5:3000", allowed)).toBe(
      true,
    );
    expect(cookieOriginAllowed("http://tavolo.comune.example", "10.0.0.5:3000", allowed)).toBe(
      false,
    );
  });

  it("lets a client that sends no Origin (not a browser) through", () => {
    expect(cookieOriginAllowed(undefined, "127.0.0.1:3000", none)).toBe(true);
  });
});
