import { type AccountView, type ApiClient, CloseCode } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addPasskey, signInWithPasskey } from "./helpers/passkeys.ts";
import { invitePerson } from "./helpers/people.ts";
import { SoftAuthenticator } from "./helpers/soft-authenticator.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let room: ProvisionedRoom;
let device: SoftAuthenticator;
const sockets: WebSocket[] = [];
beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Anna");
  room = await workspace.room();
  device = new SoftAuthenticator();
  await addPasskey(workspace.api, device);
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.close();
});

/** A socket on the room opened by a browser page signed in with `api`'s cookie. */
async function browserSocket(
  api: ApiClient,
): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(`${server.wsUrl}/${room.id}`, {
    headers: { cookie: api.cookieHeader, origin: server.url },
  });
  sockets.push(socket);
  const closed = new Promise<number>((resolve) => socket.once("close", resolve));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  return { socket, closed };
}

const account = (api: ApiClient) => api.ok<AccountView>("GET", "/api/account");

describe("the person's sessions", () => {
  it("are listed with their method and browser, the asking one marked", async () => {
    const laptop = await signInWithPasskey(server.url, device);
    const sessions = (await account(laptop.api)).sessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)).toMatchObject({ method: "passkey" });
    // The facilitator started with a name: a session as Tavolo made them before passkeys.
    expect(sessions.find((s) => !s.current)).toMatchObject({ method: "cookie" });
  });

  it("end one: that browser is signed out and its sockets close at once, others stay", async () => {
    const laptop = await signInWithPasskey(server.url, device);
    const laptopSocket = await browserSocket(laptop.api);
    const ownSocket = await browserSocket(workspace.api);
    const laptopSession = (await account(laptop.api)).sessions.find((s) => s.current);

    await workspace.api.ok("DELETE", `/api/account/sessions/${laptopSession?.id}`);

    expect(await laptopSocket.closed).toBe(CloseCode.unauthorized);
    expect((await laptop.api.request("GET", "/api/session")).status).toBe(401);
    expect(ownSocket.socket.readyState).toBe(WebSocket.OPEN);
    expect((await account(workspace.api)).sessions).toHaveLength(1);
  });

  it("end all others: every other browser of the person is signed out", async () => {
    const laptop = await signInWithPasskey(server.url, device);
    const tablet = await signInWithPasskey(server.url, device.copy());
    const sockets = [await browserSocket(laptop.api), await browserSocket(tablet.api)];
    const own = await browserSocket(workspace.api);
    const bruno = await invitePerson(workspace, "redattore", "Bruno");

    const answer = await workspace.api.ok<{ ended: number }>("DELETE", "/api/account/sessions");

    expect(answer.ended).toBe(2);
    expect(await Promise.all(sockets.map((s) => s.closed))).toEqual([
      CloseCode.unauthorized,
      CloseCode.unauthorized,
    ]);
    expect(own.socket.readyState).toBe(WebSocket.OPEN);
    expect((await bruno.api.request("GET", "/api/session")).status).toBe(200);
  });

  it("of someone else cannot be ended", async () => {
    const bruno = await invitePerson(workspace, "redattore", "Bruno");
    const [brunoSession] = (await account(bruno.api)).sessions;
    const answer = await workspace.api.request(
      "DELETE",
      `/api/account/sessions/${brunoSession?.id}`,
    );
    expect(answer.status).toBe(404);
    expect((await bruno.api.request("GET", "/api/session")).status).toBe(200);
  });
});
