import {
  ApiClient,
  type InstancePerson,
  type Invitation,
  type IssuedSignInLink,
  type Procedure,
} from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { Workspace } from "./helpers/workspace.ts";

const ADMIN_TOKEN = "admin-token-for-tests-0123456789abcdef";
const aProcedure = { title: "Centro diurno", amministrazione: "Comune di Pero" };

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(policy: "invited" | "open"): Promise<TestServer> {
  server = await startTestServer({ SIGNUP_POLICY: policy, TAVOLO_ADMIN_TOKEN: ADMIN_TOKEN });
  return server;
}

/** Follows an instance link (`/accesso/<token>`) in a fresh client, signed in afterwards. */
async function useLink(baseUrl: string, link: IssuedSignInLink): Promise<ApiClient> {
  const api = new ApiClient(baseUrl);
  await api.ok("POST", `/api/sign-in-links/${link.path.split("/").pop()}/use`);
  return api;
}

describe("SIGNUP_POLICY=invited (the default)", () => {
  it("refuses a stranger a session, a procedure and the demo", async () => {
    const running = await start("invited");
    const stranger = new ApiClient(running.url);
    expect(
      (await stranger.request("POST", "/api/session", { displayName: "Estraneo" })).status,
    ).toBe(403);
    expect((await stranger.request("POST", "/api/procedures", aProcedure)).status).toBe(401);
    expect((await stranger.request("POST", "/api/demo")).status).toBe(401);
  });

  it("lets an administrator invite a creator, while a procedure's invitee joins but creates nothing", async () => {
    const running = await start("invited");
    const admin = new ApiClient(running.url, ADMIN_TOKEN);
    const link = await admin.ok<IssuedSignInLink>("POST", "/api/admin/invitations", {
      displayName: "Anna Verdi",
    });
    const anna = await useLink(running.url, link);
    expect(await anna.ok("GET", "/api/session")).toMatchObject({
      displayName: "Anna Verdi",
      mayCreateProcedures: true,
      isAdmin: false,
    });
    const procedure = await anna.ok<Procedure>("POST", "/api/procedures", aProcedure);
    expect((await anna.request("POST", "/api/demo")).status).toBe(201);

    // Joining a procedure through its invitation keeps working, without the right to create.
    const invitation = await anna.ok<Invitation>(
      "POST",
      `/api/procedures/${procedure.id}/invitations`,
      { role: "redattore" },
    );
    const luca = new ApiClient(running.url);
    await luca.ok("POST", `/api/invitations/${invitation.token}/accept`, {
      displayName: "Luca Neri",
    });
    expect(await luca.ok("GET", "/api/session")).toMatchObject({ mayCreateProcedures: false });
    expect((await luca.request("POST", "/api/procedures", aProcedure)).status).toBe(403);
    expect((await luca.request("POST", "/api/demo")).status).toBe(403);
    // …and renaming oneself is not signing up.
    expect((await luca.request("POST", "/api/session", { displayName: "Luca N." })).status).toBe(
      200,
    );
  });

  it("lets administrators mark and unmark administrators, keeping at least one", async () => {
    const running = await start("invited");
    const admin = new ApiClient(running.url, ADMIN_TOKEN);
    const anna = await useLink(
      running.url,
      await admin.ok<IssuedSignInLink>("POST", "/api/admin/invitations", {
        displayName: "Anna Verdi",
      }),
    );
    const annaId = (await anna.ok<{ id: string }>("GET", "/api/session")).id;
    expect((await anna.request("GET", "/api/admin/people")).status).toBe(403);

    await admin.ok("PATCH", `/api/admin/people/${annaId}`, { isAdmin: true });
    const people = await anna.ok<InstancePerson[]>("GET", "/api/admin/people");
    expect(people.find((p) => p.id === annaId)).toMatchObject({ isAdmin: true });
    // Anna is the only administrator who is a person: she cannot step down…
    const last = await anna.request("PATCH", `/api/admin/people/${annaId}`, { isAdmin: false });
    expect(last.status).toBe(409);
    // …nor can a non-administrator make anyone one.
    const luca = await useLink(
      running.url,
      await anna.ok<IssuedSignInLink>("POST", "/api/admin/invitations", {
        displayName: "Luca Neri",
      }),
    );
    const lucaId = (await luca.ok<{ id: string }>("GET", "/api/session")).id;
    expect(
      (await luca.request("PATCH", `/api/admin/people/${lucaId}`, { isAdmin: true })).status,
    ).toBe(403);
    await anna.ok("PATCH", `/api/admin/people/${lucaId}`, { isAdmin: true });
    await anna.ok("PATCH", `/api/admin/people/${annaId}`, { isAdmin: false });
    expect(await anna.ok("GET", "/api/session")).toMatchObject({ isAdmin: false });
  });
});

describe("SIGNUP_POLICY=open (demos)", () => {
  it("lets anyone start a session and create procedures", async () => {
    const running = await start("open");
    const workspace = await Workspace.create(running.url, "Chiunque");
    expect(await workspace.api.ok("GET", "/api/session")).toMatchObject({
      mayCreateProcedures: true,
    });
    expect((await workspace.api.request("POST", "/api/demo")).status).toBe(201);
    const instance = await new ApiClient(running.url).ok("GET", "/api/instance");
    expect(instance).toMatchObject({ signupPolicy: "open" });
  });
});
