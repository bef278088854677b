import {
  type ApiClient,
  type AuditEvent,
  assignSection,
  getProposalTemplate,
  type SectionSignOff,
  type SectionStatus,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { createProposal, listVersions } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

const TEMPLATE = getProposalTemplate("proposta-art55");
const SECTION = "analisi_contesto";

let server: TestServer;
let workspace: Workspace;
let roomId: string;
let coop: string;
let anna: ApiClient;
let annaId: string;
let sara: ApiClient;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  coop = (await addOrganisation(workspace)).id;
  const comune = (await addOrganisation(workspace, "Comune di Mentana")).id;
  const annaPerson = await invitePerson(workspace, "redattore", "Anna Rossi", coop);
  anna = annaPerson.api;
  annaId = annaPerson.personId;
  sara = (await invitePerson(workspace, "referente", "Sara Neri", comune)).api;
  roomId = (await createProposal(workspace)).id;
  const client = connectClient(server.wsUrl, roomId, await workspace.tokenParams(roomId));
  clients.push(client);
  await whenSynced(client);
  assignSection(client.doc, SECTION, coop);
  await eventually(
    async () =>
      (await matrix(workspace.api)).find((row) => row.sectionKey === SECTION)
        ?.assignedOrganisationId === coop,
    "the server has the assignment",
  );
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

const matrix = (api: ApiClient) => api.ok<SectionSignOff[]>("GET", `/api/rooms/${roomId}/sections`);
const move = (api: ApiClient, status: SectionStatus | string, section = SECTION) =>
  api.request<{ error: string }>("PUT", `/api/rooms/${roomId}/sections/${section}`, { status });
const rowOf = async (api: ApiClient) => (await matrix(api)).find((r) => r.sectionKey === SECTION);

describe("signing off a section", () => {
  it("lists every section of the template, in writing, with its owner", async () => {
    const rows = await matrix(anna);
    expect(rows.map((row) => row.sectionKey)).toEqual(TEMPLATE.sections.map((s) => s.key));
    expect(rows.every((row) => row.status === "in-scrittura")).toBe(true);
    expect(rows[0]).toMatchObject({ assignedOrganisationId: coop, signedOffBy: null });
  });

  it("lets the owner sign off, a facilitator close and reopen, and audits each move", async () => {
    expect((await move(sara, "pronta")).status).toBe(403);
    expect((await move(workspace.api, "pronta")).status).toBe(403);
    expect((await move(anna, "pronta")).status).toBe(200);
    const ready = await rowOf(sara);
    expect(ready).toMatchObject({
      status: "pronta",
      signedOffBy: { personId: annaId, name: "Anna Rossi" },
    });
    expect(ready?.signedOffAt).toEqual(expect.any(String));

    expect((await move(anna, "chiusa")).status).toBe(403);
    expect((await move(workspace.api, "chiusa")).status).toBe(200);
    expect(await rowOf(anna)).toMatchObject({
      status: "chiusa",
      signedOffBy: { personId: annaId },
      changedBy: { name: "Giulia Rossi" },
    });
    // Closed: the owner can no longer withdraw; only a facilitator reopens.
    expect((await move(anna, "in-scrittura")).status).toBe(403);
    expect((await move(workspace.api, "in-scrittura")).status).toBe(200);
    expect(await rowOf(anna)).toMatchObject({ status: "in-scrittura", signedOffBy: null });

    const audit = await workspace.api.ok<AuditEvent[]>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/audit`,
    );
    const moves = audit
      .filter((event) => event.action === "section.statusChanged")
      .reverse()
      .map((event) => [event.actorName, event.details.from, event.details.to]);
    expect(moves).toEqual([
      ["Anna Rossi", "in-scrittura", "pronta"],
      ["Giulia Rossi", "pronta", "chiusa"],
      ["Giulia Rossi", "chiusa", "in-scrittura"],
    ]);
  });

  it("lets the owner withdraw a sign-off", async () => {
    expect((await move(anna, "pronta")).status).toBe(200);
    expect((await move(anna, "in-scrittura")).status).toBe(200);
    expect(await rowOf(anna)).toMatchObject({ status: "in-scrittura", signedOffBy: null });
  });

  it("answers 400 to an unknown state and 404 to a section the document does not have", async () => {
    const bad = await move(anna, "riaperta");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^status: /);
    expect((await move(anna, "pronta", "non_esiste")).status).toBe(404);
  });
});

describe("the completeness report and sign-off", () => {
  it("names the sections not yet ready until each is signed off", async () => {
    const notReady = async () =>
      (await listVersions(workspace, roomId)).draftCompleteness?.notReady?.map((s) => s.sectionKey);
    expect(await notReady()).toEqual(TEMPLATE.sections.map((s) => s.key));
    expect((await move(anna, "pronta")).status).toBe(200);
    for (const section of TEMPLATE.sections.slice(1)) {
      // Sections nobody owns are signed off by a facilitator.
      expect((await move(workspace.api, "pronta", section.key)).status).toBe(200);
    }
    expect((await move(workspace.api, "chiusa")).status).toBe(200);
    expect(await notReady()).toEqual([]);
  });
});
