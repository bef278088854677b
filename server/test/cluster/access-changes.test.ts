import { CloseCode } from "@tavolo/shared";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { closeEvent, rawSocket } from "../helpers/clients.ts";
import type { TestServer } from "../helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "../helpers/people.ts";
import { pgInstances } from "../helpers/pg-instances.ts";
import { TEST_REDIS_URL } from "../helpers/pg-test-db.ts";
import { Workspace } from "../helpers/workspace.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two instances on one PostgreSQL schema and one Redis channel prefix. */
async function twoInstances(): Promise<[TestServer, TestServer]> {
  const [a, b] = await pgInstances(2, cleanups);
  if (!a || !b) throw new Error("two instances");
  return [a, b];
}

/** A facilitator on `a`, a referente with a socket on `b`'s copy of the room. */
async function referenteOnB() {
  const [a, b] = await twoInstances();
  const workspace = await Workspace.create(a.url);
  const room = await workspace.room("Appunti");
  const org = await addOrganisation(workspace);
  const referente = await invitePerson(workspace, "referente", "Rita", org.id);
  const token = await referente.api.ok<{ token: string }>("POST", `/api/rooms/${room.id}/token`);
  const socket = await rawSocket(b.wsUrl, room.id, token);
  cleanups.push(async () => socket.terminate());
  const members = `/api/procedures/${workspace.procedure.id}/members/${referente.personId}`;
  return { a, b, workspace, room, referente, token, socket, members };
}

/** Cuts `server`'s subscriber connection to Redis (only it: others may share this Redis). */
async function killSubscriber(server: TestServer): Promise<void> {
  const admin = new Redis(TEST_REDIS_URL);
  try {
    const list = String(await admin.call("CLIENT", "LIST"));
    const name = `name=tavolo-${server.instanceId}-sub`;
    const id = /\bid=(\d+)/.exec(list.split("\n").find((line) => line.includes(name)) ?? "")?.[1];
    if (!id) throw new Error("the subscriber connection is not listed");
    await admin.call("CLIENT", "KILL", "ID", id);
  } finally {
    await admin.quit();
  }
}

/** The HTTP status `server` answers a websocket upgrade on `path` with. */
function upgradeStatus(server: TestServer, path: string): Promise<number> {
  const socket = new WebSocket(`${server.wsUrl}/${path}`);
  return new Promise((resolve) => {
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
  });
}

describe("access changes across instances", () => {
  it("a revocation on one instance closes the person's socket on another, which then refuses them", async () => {
    const { a, b, workspace, room, token, socket, members } = await referenteOnB();
    const closed = closeEvent(socket);
    expect((await workspace.api.request("DELETE", members)).status).toBe(204);
    expect((await closed).code).toBe(CloseCode.forbidden);
    for (const server of [a, b]) {
      expect(await upgradeStatus(server, `${room.id}?token=${token.token}`)).toBe(403);
    }
  });

  it("a role change on one instance makes the person's socket on another reconnect", async () => {
    const { workspace, socket, members } = await referenteOnB();
    const closed = closeEvent(socket);
    await workspace.api.ok("PATCH", members, { role: "osservatore" });
    expect((await closed).code).toBe(CloseCode.accessChanged);
  });

  it("signing out on one instance closes the sockets that browser session opened on another", async () => {
    const [a, b] = await twoInstances();
    const workspace = await Workspace.create(a.url);
    const room = await workspace.room();
    const socket = new WebSocket(`${b.wsUrl}/${room.id}`, {
      headers: { cookie: workspace.api.cookieHeader, origin: b.url },
    });
    cleanups.push(async () => socket.terminate());
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    const closed = closeEvent(socket);
    expect((await workspace.api.request("DELETE", "/api/session")).status).toBe(204);
    expect((await closed).code).toBe(CloseCode.unauthorized);
  });

  it("after losing Redis, an instance has every socket authorised again (changes may have been missed)", async () => {
    const { b, socket } = await referenteOnB();
    const closed = closeEvent(socket);
    await killSubscriber(b);
    expect((await closed).code).toBe(CloseCode.accessChanged);
  });
});
