import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type AccountView, ApiClient, type SessionPerson } from "@tavolo/shared";
import { serializeSigned } from "hono/utils/cookie";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addPasskey, signInWithPasskey } from "./helpers/passkeys.ts";
import { tempDataDir } from "./helpers/server-process.ts";
import { SoftAuthenticator } from "./helpers/soft-authenticator.ts";

const SECRET = "a-secret-of-a-data-folder-from-before-accounts";
const day = 86_400_000;

/**
 * A DATA_DIR as Tavolo wrote it before accounts: a person known only by a cookie session (no
 * method, device or last use), a member of one procedure, and no passkeys or other collections.
 */
async function dataDirFromBeforeAccounts(): Promise<string> {
  const dir = await tempDataDir();
  await mkdir(dir, { recursive: true });
  const at = new Date(Date.now() - day).toISOString();
  const data = {
    version: 2,
    rooms: {},
    people: { anna: { id: "anna", displayName: "Anna Ferri", createdAt: at } },
    sessions: {
      "old-session": {
        id: "old-session",
        personId: "anna",
        createdAt: at,
        expiresAt: new Date(Date.now() + 20 * day).toISOString(),
      },
    },
    procedures: {
      proc: {
        id: "proc",
        title: "Casa comune",
        amministrazione: "Comune di Mentana",
        ambito: "",
        legalBasis: "",
        fundingLine: "",
        description: "",
        phase: "avvio",
        phaseHistory: [],
        agreedVersionId: null,
        createdAt: at,
        createdBy: "anna",
      },
    },
    memberships: [
      {
        procedureId: "proc",
        personId: "anna",
        role: "facilitatore",
        organisationId: null,
        joinedAt: at,
        revokedAt: null,
      },
    ],
    organisations: {},
    invitations: {},
    meetings: {},
    workspaceRooms: {},
    versions: {},
    approvalRounds: {},
    exportHashes: {},
    audit: [],
  };
  const snapshot = { format: "tavolo-metadata-snapshot/1", seq: 0, data };
  await writeFile(path.join(dir, "metadata.json"), JSON.stringify(snapshot));
  await writeFile(path.join(dir, "secret.key"), SECRET);
  return dir;
}

/** The browser of that person: its cookie, signed with the folder's key. */
async function oldBrowser(baseUrl: string): Promise<ApiClient> {
  const cookie = await serializeSigned("tavolo_session", "old-session", SECRET);
  const api = new ApiClient(baseUrl);
  // The client keeps the cookie a server sets; this one was set long ago.
  Object.assign(api, { cookie: cookie.split(";")[0] });
  return api;
}

let server: TestServer;
afterEach(() => server.close());

describe("a data folder from before accounts", () => {
  it("keeps its people signed in, asks them for a passkey, and lets them add one", async () => {
    server = await startTestServer({ DATA_DIR: await dataDirFromBeforeAccounts() });
    const anna = await oldBrowser(server.url);

    const me = await anna.ok<SessionPerson>("GET", "/api/session");
    // She created a procedure before accounts existed: she keeps creating them under `invited`.
    expect(me).toEqual({
      id: "anna",
      displayName: "Anna Ferri",
      needsPasskey: true,
      isAdmin: false,
      mayCreateProcedures: true,
    });
    const procedures = await anna.ok<{ id: string; myRole: string }[]>("GET", "/api/procedures");
    expect(procedures).toMatchObject([{ id: "proc", myRole: "facilitatore" }]);
    const before = await anna.ok<AccountView>("GET", "/api/account");
    expect(before.sessions).toMatchObject([{ id: "old-session", method: "cookie", current: true }]);
    expect(before.passkeys).toEqual([]);

    const device = new SoftAuthenticator();
    await addPasskey(anna, device);
    expect((await anna.ok<SessionPerson>("GET", "/api/session")).needsPasskey).toBe(false);
    const elsewhere = await signInWithPasskey(server.url, device);
    expect(elsewhere.person.id).toBe("anna");
  });

  it("keeps what it held across a restart after the migration", async () => {
    const dataDir = await dataDirFromBeforeAccounts();
    server = await startTestServer({ DATA_DIR: dataDir });
    const device = new SoftAuthenticator();
    await addPasskey(await oldBrowser(server.url), device);
    await server.close();

    server = await startTestServer({ DATA_DIR: dataDir });
    const me = await (await oldBrowser(server.url)).ok<SessionPerson>("GET", "/api/session");
    expect(me.needsPasskey).toBe(false);
    expect((await signInWithPasskey(server.url, device)).person.id).toBe("anna");
  });
});
