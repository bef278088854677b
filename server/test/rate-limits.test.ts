import { ApiClient } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";

let server: TestServer;
afterEach(async () => {
  await server.close();
});

const startSession = (headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ displayName: "Ospite" }),
  });

async function expectLimited(response: Response, windowSeconds: number): Promise<void> {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(await response.json()).toEqual({
    error: "too many requests from this address: try again later",
  });
}

describe("session starts from one address", () => {
  it("are refused with 429 and Retry-After past the sign-in limit", async () => {
    server = await startTestServer({ RATE_LIMIT_SIGN_IN: "5", RATE_LIMIT_WINDOW_SECONDS: "60" });
    for (let i = 0; i < 5; i++) expect((await startSession()).status).toBe(201);
    await expectLimited(await startSession(), 60);
  });

  it("cannot dodge the limit with X-Forwarded-For unless the proxy is trusted", async () => {
    server = await startTestServer({ RATE_LIMIT_SIGN_IN: "2" });
    const from = (address: string) => startSession({ "x-forwarded-for": address });
    expect((await from("198.51.100.1")).status).toBe(201);
    expect((await from("198.51.100.2")).status).toBe(201);
    await expectLimited(await from("198.51.100.3"), 60);
  });

  it("are counted per forwarded address behind a trusted proxy", async () => {
    server = await startTestServer({ RATE_LIMIT_SIGN_IN: "2", TRUST_PROXY: "true" });
    const from = (address: string) => startSession({ "x-forwarded-for": address });
    for (let i = 0; i < 2; i++) expect((await from("198.51.100.1")).status).toBe(201);
    await expectLimited(await from("198.51.100.1"), 60);
    expect((await from("198.51.100.2")).status).toBe(201);
  });
});

describe("anonymous API requests", () => {
  it("guessing invitation tokens is refused past the anonymous limit, with or without a session", async () => {
    server = await startTestServer({ RATE_LIMIT_ANONYMOUS: "10" });
    const guess = (i: number, api = new ApiClient(server.url)) =>
      api.request("GET", `/api/invitations/guess${i}`);
    for (let i = 0; i < 5; i++) expect((await guess(i)).status).toBe(404);
    const signedIn = new ApiClient(server.url);
    await signedIn.ok("POST", "/api/session", { displayName: "Indovina" });
    for (let i = 5; i < 10; i++) expect((await guess(i, signedIn)).status).toBe(404);
    expect((await guess(10, signedIn)).status).toBe(429);
    await expectLimited(await fetch(`${server.url}/api/invitations/guess11`), 60);
  });

  it("do not limit what a signed-in person does", async () => {
    server = await startTestServer({ RATE_LIMIT_ANONYMOUS: "3" });
    const api = new ApiClient(server.url);
    await api.ok("POST", "/api/session", { displayName: "Facilitatrice" });
    for (let i = 0; i < 10; i++)
      expect((await api.request("GET", "/api/procedures")).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await fetch(`${server.url}/api/procedures`)).status).toBe(401);
    await expectLimited(await fetch(`${server.url}/api/procedures`), 60);
    expect((await api.request("GET", "/api/procedures")).status).toBe(200);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
