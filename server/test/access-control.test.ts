import { ApiClient, CloseCode, type ProcedureDetail } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  closeEvent,
  connectClient,
  eventually,
  rawSocket,
  type TestClient,
  whenSynced,
} from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let room: ProvisionedRoom;
const clients: TestClient[] = [];
const join = (params: Record<string, string>) => {
  const client = connectClient(server.wsUrl, room.id, params);
  clients.push(client);
  return client;
};

/** The HTTP status the server answers a websocket upgrade with. */
function upgradeStatus(path: string, headers: Record<string, string> = {}): Promise<number> {
  const socket = new WebSocket(`${server.wsUrl}/${path}`, { headers });
  return new Promise((resolve) => {
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
  });
}

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  room = await workspace.room("Appunti");
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

describe("REST access", () => {
  it("answers 401 with a reason to requests without a session", async () => {
    const anonymous = new ApiClient(server.url);
    for (const path of [
      "/api/procedures",
      `/api/procedures/${workspace.procedure.id}`,
      "/api/session",
    ]) {
      const response = await anonymous.request("GET", path);
      expect(response.status, path).toBe(401);
      expect((response.body as { error: string }).error).toMatch(/session/);
    }
  });

  it("answers 401 on every route the API description marks as needing a session", async () => {
    const anonymous = new ApiClient(server.url);
    const spec = await anonymous.ok<{
      paths: Record<string, Record<string, { security?: unknown }>>;
    }>("GET", "/api/openapi.json");
    let checked = 0;
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.security) continue;
        const concrete = path.replace(/\{\w+\}/g, "abc");
        const response = await anonymous.request(
          method.toUpperCase(),
          concrete,
          method === "get" ? undefined : {},
        );
        expect(response.status, `${method} ${path}`).toBe(401);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("answers 403 to a person with a session who is not a member of the procedure", async () => {
    const other = await Workspace.create(server.url, "Altro Comune");
    const pid = workspace.procedure.id;
    expect((await other.api.request("GET", `/api/procedures/${pid}`)).status).toBe(403);
    expect(
      (
        await other.api.request("POST", `/api/procedures/${pid}/rooms`, {
          kind: "nota",
          title: "x y",
        })
      ).status,
    ).toBe(403);
    expect((await other.api.request("POST", `/api/rooms/${room.id}/token`)).status).toBe(403);
  });

  it("answers 403 when the role does not allow the act", async () => {
    const observer = await invitePerson(workspace, "osservatore", "Olga Osservatrice");
    const response = await observer.api.request(
      "POST",
      `/api/procedures/${workspace.procedure.id}/organisations`,
      {
        name: "Associazione",
        type: "associazione",
        fiscalCode: "12345678901",
      },
    );
    expect(response.status).toBe(403);
    expect((response.body as { error: string }).error).toContain("Osservatore");
  });
});

describe("room access", () => {
  it("refuses a connection without a session or token (401), and with a token for another room", async () => {
    expect(await upgradeStatus(room.id)).toBe(401);
    const other = await workspace.room("Altra nota");
    expect(await upgradeStatus(`${room.id}?token=${other.params.token}`)).toBe(401);
    expect(await upgradeStatus(`${room.id}?token=forged.token`)).toBe(401);
  });

  it("refuses a member of another procedure, by cookie and by token (403)", async () => {
    const other = await Workspace.create(server.url, "Estraneo");
    expect(await upgradeStatus(room.id, { cookie: other.api.cookieHeader })).toBe(403);
    const ownRoom = await other.room();
    expect(await upgradeStatus(`${room.id}?token=${ownRoom.params.token}`)).toBe(401);
  });

  it("accepts a member's session cookie", async () => {
    expect(await upgradeStatus(room.id, { cookie: workspace.api.cookieHeader })).toBe(101);
  });

  it("refuses an unknown room even to a signed-in person (404)", async () => {
    expect(await upgradeStatus("nessuna-stanza", { cookie: workspace.api.cookieHeader })).toBe(404);
  });

  it("drops an observer's updates: they are neither stored nor relayed", async () => {
    const observer = await invitePerson(workspace, "osservatore", "Olga");
    const writer = join(room.params);
    const watcher = join(
      await observer.api.ok<{ token: string }>("POST", `/api/rooms/${room.id}/token`),
    );
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);

    writer.doc.getText("t").insert(0, "dal facilitatore");
    await eventually(
      () => watcher.doc.getText("t").toString() === "dal facilitatore",
      "observer reads",
    );
    watcher.doc.getText("t").insert(0, "XXX ");
    writer.doc.getText("t").insert(16, ".");
    await eventually(() => watcher.doc.getText("t").toString().endsWith("."), "later edit arrived");
    expect(writer.doc.getText("t").toString()).toBe("dal facilitatore.");
    const fresh = join(room.params);
    await whenSynced(fresh);
    await eventually(() => fresh.doc.getText("t").length > 0, "fresh loaded");
    expect(fresh.doc.getText("t").toString()).toBe("dal facilitatore.");
  });

  it("closes a revoked person's open connection at once, and refuses them afterwards", async () => {
    const org = await addOrganisation(workspace);
    const referente = await invitePerson(workspace, "referente", "Rita", org.id);
    const token = await referente.api.ok<{ token: string }>("POST", `/api/rooms/${room.id}/token`);
    const socket = await rawSocket(server.wsUrl, room.id, token);
    const closed = closeEvent(socket);
    const bystander = join(room.params);
    await whenSynced(bystander);

    const pid = workspace.procedure.id;
    expect(
      (
        await workspace.api.request(
          "DELETE",
          `/api/procedures/${pid}/members/${referente.personId}`,
        )
      ).status,
    ).toBe(204);
    expect((await closed).code).toBe(CloseCode.forbidden);
    expect(bystander.provider.wsconnected).toBe(true);
    expect(await upgradeStatus(`${room.id}?token=${token.token}`)).toBe(403);
    expect((await referente.api.request("GET", `/api/procedures/${pid}`)).status).toBe(403);
    const detail = await workspace.api.ok<ProcedureDetail>("GET", `/api/procedures/${pid}`);
    expect(detail.members.map((m) => m.displayName)).toEqual(["Facilitatrice"]);
  });

  it("will not revoke or demote the last facilitator", async () => {
    const pid = workspace.procedure.id;
    const me = await workspace.api.ok<{ id: string }>("GET", "/api/session");
    expect(
      (await workspace.api.request("DELETE", `/api/procedures/${pid}/members/${me.id}`)).status,
    ).toBe(409);
    expect(
      (
        await workspace.api.request("PATCH", `/api/procedures/${pid}/members/${me.id}`, {
          role: "redattore",
        })
      ).status,
    ).toBe(409);
  });
});
