import { ApiClient, type Invitation, type Member } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let pid: string;

const invite = (body: { role: Invitation["role"]; singleUse?: boolean }) =>
  workspace.api.ok<Invitation>("POST", `/api/procedures/${pid}/invitations`, body);
const accept = (api: ApiClient, invitation: Invitation, displayName?: string) =>
  api.request<{ procedureId: string; alreadyMember: boolean; error?: string }>(
    "POST",
    `/api/invitations/${invitation.token}/accept`,
    displayName ? { displayName } : {},
  );
const members = () => workspace.api.ok<Member[]>("GET", `/api/procedures/${pid}/members`);

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  pid = workspace.procedure.id;
});
afterEach(() => server.close());

describe("a single-use invitation", () => {
  it("admits exactly one of twenty people accepting it at the same time", async () => {
    const invitation = await invite({ role: "redattore" });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        accept(new ApiClient(server.url), invitation, `Persona ${i + 1}`),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 410 || status === 409)).toHaveLength(19);
    expect((await members()).map((m) => m.role)).toEqual(["facilitatore", "redattore"]);
  });

  it("stays usable for its invitee when someone already a member opens it", async () => {
    const writer = await invitePerson(workspace, "redattore", "Rita Verdi");
    const invitation = await invite({ role: "osservatore" });

    const byMember = await accept(writer.api, invitation);
    expect(byMember).toMatchObject({ status: 200, body: { alreadyMember: true } });
    const byFacilitator = await accept(workspace.api, invitation);
    expect(byFacilitator).toMatchObject({ status: 200, body: { alreadyMember: true } });

    const invitee = new ApiClient(server.url);
    const joined = await accept(invitee, invitation, "Olga Osservatrice");
    expect(joined).toMatchObject({ status: 200, body: { alreadyMember: false } });
    const roles = (await members()).map((m) => [m.displayName, m.role]);
    expect(roles).toContainEqual(["Olga Osservatrice", "osservatore"]);
    expect(roles).toContainEqual(["Rita Verdi", "redattore"]);
  });
});

describe("a revoked person", () => {
  it("cannot come back through a link still valid, until a facilitator invites them again", async () => {
    const openLink = await invite({ role: "redattore", singleUse: false });
    const earlierPersonal = await invite({ role: "redattore" });
    const rita = new ApiClient(server.url);
    expect((await accept(rita, openLink, "Rita Verdi")).status).toBe(200);
    const { id: ritaId } = await rita.ok<{ id: string }>("GET", "/api/session");
    await workspace.api.ok("DELETE", `/api/procedures/${pid}/members/${ritaId}`);

    for (const link of [
      openLink,
      earlierPersonal,
      await invite({ role: "osservatore", singleUse: false }),
    ]) {
      const refused = await accept(rita, link);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatch(/revoked/);
    }
    expect((await rita.request("GET", `/api/procedures/${pid}`)).status).toBe(403);
    // The earlier personal link was not spent by the refusal: its own invitee still joins.
    expect((await accept(new ApiClient(server.url), earlierPersonal, "Altra Persona")).status).toBe(
      200,
    );

    const again = await invite({ role: "osservatore" });
    expect(await accept(rita, again)).toMatchObject({
      status: 200,
      body: { alreadyMember: false },
    });
    const back = (await members()).find((m) => m.personId === ritaId);
    expect(back?.role).toBe("osservatore");
  });
});
