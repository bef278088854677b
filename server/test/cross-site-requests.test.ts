import { ApiClient, type Invitation, type ProcedureSummary } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { Workspace } from "./helpers/workspace.ts";

const servers: TestServer[] = [];
async function start(env: Record<string, string> = {}) {
  const server = await startTestServer(env);
  servers.push(server);
  return { server, workspace: await Workspace.create(server.url) };
}
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const newProcedure = JSON.stringify({ title: "Via CSRF", amministrazione: "Comune di Pero" });

/** A POST creating a procedure with the workspace's cookie and the given headers. */
function createProcedure(
  server: TestServer,
  workspace: Workspace,
  headers: Record<string, string>,
  body: string | undefined = newProcedure,
) {
  return fetch(`${server.url}/api/procedures`, {
    method: "POST",
    headers: { cookie: workspace.api.cookieHeader, ...headers },
    body,
  });
}

const procedureCount = async (workspace: Workspace) =>
  (await workspace.api.ok<ProcedureSummary[]>("GET", "/api/procedures")).length;

describe("requests that change something", () => {
  it("take a body only as application/json (415 otherwise)", async () => {
    const { server, workspace } = await start();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]) {
      const response = await createProcedure(server, workspace, { "content-type": type });
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { error: string }).error).toMatch(/^content-type:/);
    }
    const untyped = await fetch(`${server.url}/api/procedures`, {
      method: "POST",
      headers: { cookie: workspace.api.cookieHeader },
      body: new Blob([newProcedure]),
    });
    expect(untyped.status).toBe(415);
    expect(await procedureCount(workspace)).toBe(1);
    const json = "application/json; charset=utf-8";
    expect((await createProcedure(server, workspace, { "content-type": json })).status).toBe(201);
  });

  it("may come without a body and without a content type when the route needs none", async () => {
    const { server, workspace } = await start();
    const response = await fetch(`${server.url}/api/demo`, {
      method: "POST",
      headers: { cookie: workspace.api.cookieHeader, origin: server.url },
    });
    expect(response.status).toBe(201);
  });

  it("are refused from a page of another origin, or of the opaque origin null (403)", async () => {
    const { server, workspace } = await start();
    const json = { "content-type": "application/json" };
    const port = new URL(server.url).port;
    const refused: Record<string, string>[] = [
      { origin: `http://127.0.0.1:${Number(port) + 1}` },
      { origin: `http://localhost:${port}` },
      { origin: `https://127.0.0.1:${port}` },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of refused) {
      const response = await createProcedure(server, workspace, { ...json, ...headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/^origin:/);
    }
    expect(await procedureCount(workspace)).toBe(1);
  });

  it("are accepted from the server's own pages and from scripts that send no Origin", async () => {
    const { server, workspace } = await start();
    const json = { "content-type": "application/json" };
    const own = { ...json, origin: server.url, "sec-fetch-site": "same-origin" };
    expect((await createProcedure(server, workspace, own)).status).toBe(201);
    expect((await createProcedure(server, workspace, json)).status).toBe(201);
    expect(await procedureCount(workspace)).toBe(3);
  });

  it("are accepted from ALLOWED_ORIGINS and PUBLIC_URL", async () => {
    const { server, workspace } = await start({
      ALLOWED_ORIGINS: "https://portale.comune.example, http://127.0.0.1:5173",
      PUBLIC_URL: "https://tavolo.comune.example/",
    });
    for (const origin of [
      "https://portale.comune.example",
      "http://127.0.0.1:5173",
      "https://tavolo.comune.example",
    ]) {
      const headers = { "content-type": "application/json", origin };
      expect((await createProcedure(server, workspace, headers)).status, origin).toBe(201);
    }
    const foreign = { "content-type": "application/json", origin: "https://evil.example" };
    expect((await createProcedure(server, workspace, foreign)).status).toBe(403);
  });
});

/** The session id a response sets (the signed cookie's value), or null. */
const cookieOf = (response: Response) =>
  /^tavolo_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1] ?? null;

describe("the session id", () => {
  it("is a new one after accepting an invitation: a planted cookie gets no membership", async () => {
    const { server, workspace } = await start();
    const invitation = await workspace.api.ok<Invitation>(
      "POST",
      `/api/procedures/${workspace.procedure.id}/invitations`,
      { role: "redattore" },
    );
    // The attacker's own session, planted in the invitee's browser.
    const attacker = new ApiClient(server.url);
    await attacker.ok("POST", "/api/session", { displayName: "Mallory" });
    const planted = attacker.cookieHeader;

    const accepted = await fetch(`${server.url}/api/invitations/${invitation.token}/accept`, {
      method: "POST",
      headers: { cookie: planted, "content-type": "application/json" },
      body: "{}",
    });
    expect(accepted.status).toBe(200);
    const fresh = cookieOf(accepted);
    expect(fresh).not.toBeNull();
    expect(`tavolo_session=${fresh}`).not.toBe(planted);

    const path = `/api/procedures/${workspace.procedure.id}`;
    expect((await attacker.request("GET", path)).status).toBe(401);
    const invitee = await fetch(`${server.url}${path}`, {
      headers: { cookie: `tavolo_session=${fresh}` },
    });
    expect(invitee.status).toBe(200);
  });

  it("is a new one when a signed-in person signs in again, and the old one stops working", async () => {
    const { server } = await start();
    const person = new ApiClient(server.url);
    await person.ok("POST", "/api/session", { displayName: "Giulia" });
    const before = person.cookieHeader;
    await person.ok("POST", "/api/session", { displayName: "Giulia Rossi" });
    expect(person.cookieHeader).not.toBe(before);
    expect(await person.ok("GET", "/api/session")).toMatchObject({ displayName: "Giulia Rossi" });
    const old = await fetch(`${server.url}/api/session`, { headers: { cookie: before } });
    expect(old.status).toBe(401);
  });
});

describe("the session cookie", () => {
  const signIn = (server: TestServer, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ displayName: "Giulia" }),
    });

  it("is Secure when PUBLIC_URL is https, and not over plain http without it", async () => {
    const { server: plain } = await start();
    expect((await signIn(plain)).headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
    const { server: proxied } = await start({ PUBLIC_URL: "https://tavolo.comune.example" });
    expect((await signIn(proxied)).headers.get("set-cookie")).toMatch(/;\s*Secure/i);
  });

  it("is Secure behind a trusted proxy saying https, which only TRUST_PROXY makes believed", async () => {
    const forwarded = { "x-forwarded-proto": "https" };
    const { server: untrusting } = await start();
    expect((await signIn(untrusting, forwarded)).headers.get("set-cookie")).not.toMatch(/Secure/i);
    const { server: trusting, workspace } = await start({ TRUST_PROXY: "true" });
    expect((await signIn(trusting, forwarded)).headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    // Behind that proxy the pages' origin is https, and it is the server's own.
    const host = new URL(trusting.url).host;
    const headers = { ...forwarded, "content-type": "application/json", origin: `https://${host}` };
    expect((await createProcedure(trusting, workspace, headers)).status).toBe(201);
  });
});
