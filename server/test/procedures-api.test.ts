import type {
  AuditEvent,
  Invitation,
  InvitationPreview,
  Meeting,
  ProcedureDetail,
} from "@tavolo/shared";
import { ApiClient } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let pid: string;

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  pid = workspace.procedure.id;
});
afterEach(async () => {
  vi.useRealTimers();
  await server.close();
});

describe("procedures", () => {
  it("make their creator the first facilitator and start in the launch phase", async () => {
    const detail = await workspace.api.ok<ProcedureDetail>("GET", `/api/procedures/${pid}`);
    expect(detail.me.role).toBe("facilitatore");
    expect(detail.procedure.legalBasis).toBe("art. 55 D.Lgs. 117/2017");
    expect(detail.phases.find((p) => p.state === "current")?.key).toBe("avvio");
    const list = await workspace.api.ok<{ id: string }[]>("GET", "/api/procedures");
    expect(list.map((p) => p.id)).toEqual([pid]);
  });

  it("enter a phase only when its conditions hold, recording who moved them and when", async () => {
    const move = (phase: string) =>
      workspace.api.request("POST", `/api/procedures/${pid}/phase`, { phase });
    const noPartners = await move("tavolo");
    expect(noPartners.status).toBe(409);
    expect((noPartners.body as { error: string }).error).toContain("ente partner");

    await addOrganisation(workspace);
    expect((await move("tavolo")).status).toBe(200);
    const approval = await move("approvazione");
    expect(approval.status).toBe(409);
    expect((approval.body as { error: string }).error).toContain("testo concordato");

    const detail = await workspace.api.ok<ProcedureDetail>("GET", `/api/procedures/${pid}`);
    expect(detail.procedure.phaseHistory.map((h) => [h.phase, h.byName])).toEqual([
      ["avvio", "Facilitatrice"],
      ["tavolo", "Facilitatrice"],
    ]);
    const audit = await workspace.api.ok<AuditEvent[]>("GET", `/api/procedures/${pid}/audit`);
    expect(audit[0]).toMatchObject({
      action: "procedure.phaseChanged",
      details: { from: "avvio", to: "tavolo" },
    });
  });

  it("let facilitators and the partner's own people edit a partner, and nobody else", async () => {
    const lanterna = await addOrganisation(workspace);
    const ceas = await addOrganisation(workspace, "Soc. Coop. CEAS");
    const referente = await invitePerson(workspace, "referente", "Rita Referente", lanterna.id);
    const resources = [
      { id: "r1", kind: "immobile", description: "Appartamento confiscato, 80 mq" },
    ];
    const own = await referente.api.request(
      "PATCH",
      `/api/procedures/${pid}/organisations/${lanterna.id}`,
      {
        resources,
      },
    );
    expect(own.status).toBe(200);
    const other = await referente.api.request(
      "PATCH",
      `/api/procedures/${pid}/organisations/${ceas.id}`,
      {
        name: "Rinominata",
      },
    );
    expect(other.status).toBe(403);
    const detail = await workspace.api.ok<ProcedureDetail>("GET", `/api/procedures/${pid}`);
    expect(detail.organisations.find((o) => o.id === lanterna.id)?.resources[0]?.description).toBe(
      "Appartamento confiscato, 80 mq",
    );
  });

  it("keep an audit trail that only facilitators may read", async () => {
    await addOrganisation(workspace);
    const writer = await invitePerson(workspace, "redattore", "Walter Redattore");
    const audit = await workspace.api.ok<AuditEvent[]>("GET", `/api/procedures/${pid}/audit`);
    expect(audit.map((e) => e.action)).toEqual([
      "invitation.accepted",
      "invitation.created",
      "organisation.added",
      "procedure.created",
    ]);
    expect(audit[0]?.actorName).toBe("Walter Redattore");
    expect((await writer.api.request("GET", `/api/procedures/${pid}/audit`)).status).toBe(403);
  });

  it("schedule sessions of the table whose attendance names members only", async () => {
    const lanterna = await addOrganisation(workspace);
    const referente = await invitePerson(workspace, "referente", "Rita", lanterna.id);
    const meeting = {
      title: "Primo incontro",
      date: "2026-12-01T09:30:00+01:00",
      place: "Sala consiliare",
      attendance: [{ personId: referente.personId, organisationId: lanterna.id }],
    };
    const created = await workspace.api.request("POST", `/api/procedures/${pid}/meetings`, meeting);
    expect(created.status).toBe(201);
    const stranger = await workspace.api.request("POST", `/api/procedures/${pid}/meetings`, {
      ...meeting,
      attendance: [{ personId: "nobody", organisationId: null }],
    });
    expect(stranger).toMatchObject({
      status: 400,
      body: { error: "attendance.0.personId: not a member of this procedure" },
    });
    expect(
      (await referente.api.request("POST", `/api/procedures/${pid}/meetings`, meeting)).status,
    ).toBe(403);
  });

  it("cancel a session for facilitators only, and log it", async () => {
    const writer = await invitePerson(workspace, "redattore", "Walter Redattore");
    const meeting = await workspace.api.ok<Meeting>("POST", `/api/procedures/${pid}/meetings`, {
      title: "Incontro da annullare",
      date: "2026-12-03T09:30:00+01:00",
    });
    const path = `/api/procedures/${pid}/meetings/${meeting.id}`;
    expect((await writer.api.request("DELETE", path)).status).toBe(403);
    expect((await workspace.api.request("DELETE", path)).status).toBe(204);
    expect((await workspace.api.request("DELETE", path)).status).toBe(404);
    const meetings = await workspace.api.ok<Meeting[]>("GET", `/api/procedures/${pid}/meetings`);
    expect(meetings.map((m) => m.id)).not.toContain(meeting.id);
    const audit = await workspace.api.ok<AuditEvent[]>("GET", `/api/procedures/${pid}/audit`);
    expect(audit[0]).toMatchObject({
      action: "meeting.cancelled",
      details: { title: "Incontro da annullare" },
    });
  });
});

describe("invitations", () => {
  it("are refused once used when single-use", async () => {
    const invitation = await workspace.api.ok<Invitation>(
      "POST",
      `/api/procedures/${pid}/invitations`,
      {
        role: "redattore",
      },
    );
    const first = new ApiClient(server.url);
    expect(
      (
        await first.request("POST", `/api/invitations/${invitation.token}/accept`, {
          displayName: "Uno",
        })
      ).status,
    ).toBe(200);
    const second = new ApiClient(server.url);
    const reused = await second.request("POST", `/api/invitations/${invitation.token}/accept`, {
      displayName: "Due",
    });
    expect(reused).toMatchObject({
      status: 410,
      body: { error: "this invitation was already used" },
    });
  });

  it("are refused after they expire", async () => {
    const invitation = await workspace.api.ok<Invitation>(
      "POST",
      `/api/procedures/${pid}/invitations`,
      {
        role: "osservatore",
        singleUse: false,
        expiresInHours: 1,
      },
    );
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2 * 3_600_000 });
    const late = new ApiClient(server.url);
    const preview = await late.ok<InvitationPreview>("GET", `/api/invitations/${invitation.token}`);
    expect(preview).toMatchObject({ valid: false, reason: "this invitation has expired" });
    const accepted = await late.request("POST", `/api/invitations/${invitation.token}/accept`, {
      displayName: "Tardi",
    });
    expect(accepted.status).toBe(410);
  });

  it("need a name from someone without a session, and set an httpOnly signed cookie", async () => {
    const invitation = await workspace.api.ok<Invitation>(
      "POST",
      `/api/procedures/${pid}/invitations`,
      {
        role: "redattore",
      },
    );
    const response = await fetch(`${server.url}/api/invitations/${invitation.token}/accept`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(400);
    const ok = await fetch(`${server.url}/api/invitations/${invitation.token}/accept`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ displayName: "Nuova persona" }),
    });
    const cookie = ok.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^tavolo_session=[^;]+\.[^;]+;/);
    expect(cookie).toContain("HttpOnly");
  });

  it("for a referente must name the organisation", async () => {
    const response = await workspace.api.request("POST", `/api/procedures/${pid}/invitations`, {
      role: "referente",
    });
    expect(response).toMatchObject({
      status: 400,
      body: { error: "organisationId: a referente needs an organisation" },
    });
  });
});
