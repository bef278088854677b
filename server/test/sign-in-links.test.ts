import {
  ApiClient,
  type AuditEvent,
  type Invitation,
  type IssuedSignInLink,
  type SignInLinkPreview,
} from "@tavolo/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = null;
});

const tokenOf = (link: IssuedSignInLink) => link.path.split("/").pop() ?? "";

async function setUp() {
  server = await startTestServer();
  const facilitator = await Workspace.create(server.url, "Giulia Rossi");
  const member = await invitePerson(facilitator, "redattore", "Luca Neri");
  const issue = (workspace: Workspace, personId: string) =>
    workspace.api.request<IssuedSignInLink & { error?: string }>(
      "POST",
      `/api/procedures/${workspace.procedure.id}/sign-in-links`,
      { personId },
    );
  return { url: server.url, facilitator, member, issue };
}

describe("a facilitator's sign-in link", () => {
  it("signs its person in once, on a new device, and is audited", async () => {
    const { url, facilitator, member, issue } = await setUp();
    const issued = await issue(facilitator, member.personId);
    expect(issued.status).toBe(201);
    expect(issued.body.path).toMatch(/^\/accesso\/[A-Za-z0-9_-]{43}$/);

    const device = new ApiClient(url);
    const preview = await device.ok<SignInLinkPreview>(
      "GET",
      `/api/sign-in-links/${tokenOf(issued.body)}`,
    );
    expect(preview).toMatchObject({ displayName: "Luca Neri", kind: "sign-in", valid: true });
    const used = await device.ok("POST", `/api/sign-in-links/${tokenOf(issued.body)}/use`);
    expect(used).toMatchObject({ id: member.personId, method: "link" });
    expect(await device.ok("GET", "/api/session")).toMatchObject({ id: member.personId });

    const again = await new ApiClient(url).request(
      "POST",
      `/api/sign-in-links/${tokenOf(issued.body)}/use`,
    );
    expect(again.status).toBe(410);
    const audit = await facilitator.api.ok<AuditEvent[]>(
      "GET",
      `/api/procedures/${facilitator.procedure.id}/audit`,
    );
    expect(audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(["signInLink.issued", "signInLink.used"]),
    );
  });

  it("is spent by one of many simultaneous uses", async () => {
    const { url, facilitator, member, issue } = await setUp();
    const token = tokenOf((await issue(facilitator, member.personId)).body);
    const uses = await Promise.all(
      Array.from({ length: 10 }, () =>
        new ApiClient(url).request("POST", `/api/sign-in-links/${token}/use`),
      ),
    );
    expect(uses.filter((use) => use.status === 200)).toHaveLength(1);
    expect(uses.filter((use) => use.status === 410)).toHaveLength(9);
  });

  it("expires after SIGN_IN_LINK_MINUTES", async () => {
    const { url, facilitator, member, issue } = await setUp();
    const token = tokenOf((await issue(facilitator, member.personId)).body);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 16 * 60_000);
    const late = await new ApiClient(url).request<{ error: string }>(
      "POST",
      `/api/sign-in-links/${token}/use`,
    );
    expect(late.status).toBe(410);
    expect(late.body.error).toMatch(/expired/);
  });

  it("is refused to non-facilitators, to another procedure's facilitator and for wider accounts", async () => {
    const { url, facilitator, member, issue } = await setUp();
    const other = await Workspace.create(url, "Marco Bianchi");
    expect((await issue(other, member.personId)).status).toBe(404);

    const editor = (await invitePerson(facilitator, "redattore", "Sara Blu")).api;
    const asEditor = await editor.request(
      "POST",
      `/api/procedures/${facilitator.procedure.id}/sign-in-links`,
      { personId: member.personId },
    );
    expect(asEditor.status).toBe(403);

    // Luca also joins Marco's procedure: Giulia's link would open it too, so she may not issue one.
    const invitation = await other.api.ok<Invitation>(
      "POST",
      `/api/procedures/${other.procedure.id}/invitations`,
      { role: "redattore" },
    );
    await member.api.ok("POST", `/api/invitations/${invitation.token}/accept`, {});
    const wider = await issue(facilitator, member.personId);
    expect(wider.status).toBe(403);
    expect(wider.body.error).toMatch(/procedures you do not facilitate/);
  });
});
