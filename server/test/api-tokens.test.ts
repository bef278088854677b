import {
  ApiClient,
  type ApiTokenSummary,
  type CreatedApiToken,
  type Procedure,
  type RoomToken,
  scratchNoteText,
  type WorkspaceRoom,
} from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { Workspace } from "./helpers/workspace.ts";

const ADMIN_TOKEN = "admin-token-for-tests-0123456789abcdef";

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  server = await startTestServer({ TAVOLO_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
  return server;
}

const createToken = (workspace: Workspace, name = "Script di Giulia") =>
  workspace.api.ok<CreatedApiToken>("POST", "/api/tokens", { name });

describe("personal API tokens", () => {
  it("act as their person until revoked, and are listed without their secret", async () => {
    const running = await start();
    const workspace = await Workspace.create(running.url, "Giulia Rossi");
    const created = await createToken(workspace);
    expect(created.token).toMatch(/^tvl_/);

    const script = new ApiClient(running.url, created.token);
    expect(await script.ok<{ displayName: string }>("GET", "/api/session")).toMatchObject({
      displayName: "Giulia Rossi",
    });
    const procedures = await script.ok<{ id: string }[]>("GET", "/api/procedures");
    expect(procedures.map((p) => p.id)).toEqual([workspace.procedure.id]);

    const listed = await workspace.api.ok<ApiTokenSummary[]>("GET", "/api/tokens");
    expect(listed).toEqual([
      {
        id: created.id,
        name: "Script di Giulia",
        createdAt: created.createdAt,
        lastUsedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    await workspace.api.ok("DELETE", `/api/tokens/${created.id}`);
    const refused = await script.request("GET", "/api/procedures");
    expect(refused.status).toBe(401);
    expect(await workspace.api.ok<ApiTokenSummary[]>("GET", "/api/tokens")).toEqual([]);
  });

  it("reach only their own person's procedures", async () => {
    const running = await start();
    const giulia = await Workspace.create(running.url, "Giulia Rossi");
    const marco = await Workspace.create(running.url, "Marco Bianchi");
    const script = new ApiClient(running.url, (await createToken(giulia)).token);
    const other = await script.request("GET", `/api/procedures/${marco.procedure.id}`);
    expect(other.status).toBe(403);
    const patch = await script.request("PATCH", `/api/procedures/${marco.procedure.id}`, {
      title: "Preso da uno script",
    });
    expect(patch.status).toBe(403);
    // Another person's token is not theirs to revoke either.
    const marcoToken = await createToken(marco, "Di Marco");
    expect((await script.request("DELETE", `/api/tokens/${marcoToken.id}`)).status).toBe(404);
  });

  it("cannot mint new tokens, and an unknown bearer is refused rather than ignored", async () => {
    const running = await start();
    const workspace = await Workspace.create(running.url);
    const script = new ApiClient(running.url, (await createToken(workspace)).token);
    expect((await script.request("POST", "/api/tokens", { name: "Figlio" })).status).toBe(403);
    const stranger = new ApiClient(running.url, "tvl_not-a-token");
    expect((await stranger.request("GET", "/api/session")).status).toBe(401);
  });

  it("open rooms for websocket scripts through room tokens", async () => {
    const running = await start();
    const workspace = await Workspace.create(running.url);
    const script = new ApiClient(running.url, (await createToken(workspace)).token);
    const room = await script.ok<WorkspaceRoom>(
      "POST",
      `/api/procedures/${workspace.procedure.id}/rooms`,
      { kind: "nota", title: "Nota dello script" },
    );
    const { token } = await script.ok<RoomToken>("POST", `/api/rooms/${room.id}/token`);
    const client = connectClient(running.wsUrl, room.id, { token });
    try {
      await whenSynced(client);
      expect(scratchNoteText(client.doc).toString()).toBe("");
    } finally {
      client.destroy();
    }
  });
});

describe("a request bearing both a cookie and a bearer token", () => {
  it("is still refused from another site, and acts as the token's person", async () => {
    const running = await start();
    const giulia = await Workspace.create(running.url, "Giulia Rossi");
    const marco = await Workspace.create(running.url, "Marco Bianchi");
    const token = (await createToken(marco)).token;
    const both = (origin: string) =>
      fetch(`${running.url}/api/procedures`, {
        method: "POST",
        headers: {
          cookie: giulia.api.cookieHeader,
          authorization: `Bearer ${token}`,
          origin,
          "content-type": "application/json",
        },
        body: JSON.stringify({ title: "Via CSRF", amministrazione: "Comune di Pero" }),
      });
    expect((await both("https://evil.example")).status).toBe(403);
    const sameSite = await both(running.url);
    expect(sameSite.status).toBe(201);
    expect(((await sameSite.json()) as Procedure).createdBy).not.toBe(
      (await giulia.api.ok<{ id: string }>("GET", "/api/session")).id,
    );
  });
});

describe("TAVOLO_ADMIN_TOKEN", () => {
  it("gives an instance administrator's rights, and nothing without it", async () => {
    const running = await start({ SIGNUP_POLICY: "invited" });
    const admin = new ApiClient(running.url, ADMIN_TOKEN);
    expect(await admin.ok("GET", "/api/session")).toMatchObject({ isAdmin: true });
    const procedure = await admin.ok<Procedure>("POST", "/api/procedures", {
      title: "Provisioning da CI",
      amministrazione: "Comune di Pero",
    });
    const room = await admin.ok<WorkspaceRoom>("POST", `/api/procedures/${procedure.id}/rooms`, {
      kind: "nota",
      title: "Nota",
    });
    expect((await admin.request("POST", `/api/rooms/${room.id}/token`)).status).toBe(201);
    expect((await admin.request("GET", "/api/admin/people")).status).toBe(200);
    const wrong = new ApiClient(running.url, `${ADMIN_TOKEN}x`);
    expect((await wrong.request("GET", "/api/admin/people")).status).toBe(401);
  });
});
