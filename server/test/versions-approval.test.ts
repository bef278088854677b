import type { ApiClient, DocumentVersion, Procedure, VersionDetail } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { createProposal, freeze, INCOMPLETE_REASON } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
/** The referenti of the procedure's three organisations: municipality, cooperative, APS. */
let comune: ApiClient;
let coop: ApiClient;
let aps: ApiClient;
let coopId: string;
let roomId: string;

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  const pid = workspace.procedure.id;
  const municipality = await workspace.api.ok<{ id: string }>(
    "POST",
    `/api/procedures/${pid}/organisations`,
    { name: "Comune di Mentana", type: "comune", fiscalCode: "02345678901", role: "capofila" },
  );
  const cooperative = await addOrganisation(workspace, "Cooperativa sociale Il Ponte");
  const association = await addOrganisation(workspace, "APS Quartieri Vivi");
  coopId = cooperative.id;
  comune = (await invitePerson(workspace, "referente", "Sara Neri", municipality.id)).api;
  coop = (await invitePerson(workspace, "referente", "Marco Bianchi", cooperative.id)).api;
  aps = (await invitePerson(workspace, "referente", "Luca Gallo", association.id)).api;
  roomId = (await createProposal(workspace)).id;
});
afterEach(() => server.close());

function answer(api: ApiClient, version: DocumentVersion, body: Record<string, unknown>) {
  return api.request<VersionDetail>("POST", `/api/versions/${version.id}/approvals`, {
    hash: version.hash,
    ...body,
  });
}
const approve = (api: ApiClient, version: DocumentVersion) =>
  answer(api, version, { decision: "approve" });
const moveTo = (phase: string) =>
  workspace.api.request("POST", `/api/procedures/${workspace.procedure.id}/phase`, { phase });
const procedure = () =>
  workspace.api
    .ok<{ procedure: Procedure }>("GET", `/api/procedures/${workspace.procedure.id}`)
    .then((detail) => detail.procedure);

describe("an approval round", () => {
  it("makes the version the testo concordato once every organisation approved", async () => {
    const version = await freeze(workspace, roomId, {
      label: "Testo finale",
      openApproval: true,
      reason: INCOMPLETE_REASON,
    });
    expect((await moveTo("approvazione")).status).toBe(409);

    expect((await approve(comune, version)).status).toBe(200);
    const midway = await approve(coop, version);
    expect(midway.body.round).toMatchObject({ status: "open" });
    expect(midway.body.round?.responses.map((r) => r.personName)).toEqual([
      "Sara Neri",
      "Marco Bianchi",
    ]);
    expect((await procedure()).agreedVersionId).toBeNull();

    const last = await approve(aps, version);
    expect(last.body).toMatchObject({ agreed: true, round: { status: "agreed" } });
    expect((await procedure()).agreedVersionId).toBe(version.id);
    expect((await moveTo("approvazione")).status).toBe(200);
    const audit = await workspace.api.ok<{ action: string }[]>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/audit`,
    );
    expect(audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(["approval.opened", "approval.approved", "approval.agreed"]),
    );
  });

  it("is not agreed while one organisation requests changes, which needs a reason", async () => {
    const version = await freeze(workspace, roomId, {
      label: "Testo",
      openApproval: true,
      reason: INCOMPLETE_REASON,
    });
    await approve(comune, version);
    await approve(aps, version);
    const noReason = await answer(coop, version, { decision: "request_changes" });
    expect(noReason.status).toBe(400);
    const objection = await answer(coop, version, {
      decision: "request_changes",
      reason: "Il piano economico non riporta il nostro co-finanziamento",
    });
    expect(objection.body.agreed).toBe(false);
    expect(objection.body.round?.responses).toContainEqual(
      expect.objectContaining({
        decision: "request_changes",
        reason: "Il piano economico non riporta il nostro co-finanziamento",
      }),
    );
    expect((await procedure()).agreedVersionId).toBeNull();
    expect((await moveTo("approvazione")).status).toBe(409);

    // The cooperative is persuaded: its later answer replaces the objection.
    const approval = await approve(coop, version);
    expect(approval.body).toMatchObject({ agreed: true, round: { status: "agreed" } });
    expect(approval.body.round?.responses).toHaveLength(3);
  });

  it("is superseded by a new freeze, after which nobody can answer it", async () => {
    const first = await freeze(workspace, roomId, {
      label: "Prima",
      openApproval: true,
      reason: INCOMPLETE_REASON,
    });
    await approve(comune, first);
    const second = await freeze(workspace, roomId, {
      label: "Seconda",
      openApproval: true,
      reason: INCOMPLETE_REASON,
    });
    const old = await workspace.api.ok<VersionDetail>("GET", `/api/versions/${first.id}`);
    expect(old.round).toMatchObject({ status: "superseded", closedAt: expect.any(String) });
    expect((await approve(coop, first)).status).toBe(409);
    expect((await approve(coop, second)).status).toBe(200);
  });

  it("takes answers only from a referente, for their own organisation and the exact hash", async () => {
    const version = await freeze(workspace, roomId, {
      label: "Testo",
      openApproval: true,
      reason: INCOMPLETE_REASON,
    });
    expect((await approve(workspace.api, version)).status).toBe(403);
    const forOther = await answer(aps, version, { decision: "approve", organisationId: coopId });
    expect(forOther.status).toBe(403);
    const writer = await invitePerson(workspace, "redattore", "Rita Verdi", coopId);
    expect((await approve(writer.api, version)).status).toBe(403);
    const wrongHash = await answer(coop, version, { decision: "approve", hash: "a".repeat(64) });
    expect(wrongHash.status).toBe(409);
    const detail = await workspace.api.ok<VersionDetail>("GET", `/api/versions/${version.id}`);
    expect(detail.round?.responses).toEqual([]);
  });

  it("cannot open on a procedure without organisations", async () => {
    const lonely = await Workspace.create(server.url, "Anna Blu");
    const room = await createProposal(lonely);
    const response = await lonely.api.request("POST", `/api/rooms/${room.id}/versions`, {
      label: "Sola",
      openApproval: true,
    });
    expect(response.status).toBe(409);
  });
});
