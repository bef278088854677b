import path from "node:path";
import {
  assignSection,
  documentContent,
  documentContentJSON,
  getProposalTemplate,
  type Meeting,
  type PMNodeJSON,
  readAllSectionMeta,
  readDocumentMeta,
  readSectionMeta,
  sectionTexts,
  type WorkspaceRoom,
} from "@tavolo/shared";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FileDocStore } from "../src/storage/file-doc-store.ts";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

const roomsPath = () => `/api/procedures/${workspace.procedure.id}/rooms`;

function createDocument(body: Record<string, unknown>) {
  return workspace.api.ok<WorkspaceRoom>("POST", roomsPath(), { kind: "documento", ...body });
}

/** A fresh y-websocket client on the room, synced with what the server has stored. */
async function openDocument(room: string, params: { token: string }): Promise<TestClient> {
  const client = connectClient(server.wsUrl, room, params);
  clients.push(client);
  await whenSynced(client);
  return client;
}

function sectionKeysOf(content: PMNodeJSON): (string | undefined)[] {
  return (content.content ?? [])
    .filter((node) => node.type === "sectionHeading")
    .map((node) => node.attrs?.sectionKey as string | undefined);
}

function textOfSection(doc: Y.Doc, key: string): string {
  return sectionTexts(documentContentJSON(doc)).find((s) => s.sectionKey === key)?.text ?? "";
}

describe("creating a document", () => {
  it("writes the template's sections, in order, on the server before answering", async () => {
    const room = await createDocument({
      title: "Progetto definitivo",
      documentKey: "progetto-definitivo",
      templateId: "proposta-art55",
    });
    expect(room).toMatchObject({
      documentKey: "progetto-definitivo",
      templateId: "proposta-art55",
    });

    // On disk already, though nobody has opened the room: read the log without the server.
    const stored = await new FileDocStore(
      path.join(server.dataDir, "rooms"),
      pino({ level: "silent" }),
    ).open(room.id);
    const onDisk = new Y.Doc();
    for (const update of stored.initialUpdates) Y.applyUpdate(onDisk, update);
    await stored.close();
    const template = getProposalTemplate("proposta-art55");
    const keys = template.sections.map((section) => section.key);
    expect(sectionKeysOf(documentContentJSON(onDisk))).toEqual(keys);

    const client = await openDocument(room.id, await workspace.tokenParams(room.id));
    expect(sectionKeysOf(documentContentJSON(client.doc))).toEqual(keys);
    expect(readDocumentMeta(client.doc)).toMatchObject({ templateId: "proposta-art55" });
    const meta = readAllSectionMeta(client.doc);
    expect(Object.keys(meta).sort()).toEqual([...keys].sort());
    expect(meta.obiettivi).toEqual({ assignedOrganisationId: null, charLimit: 3000 });
    expect(client.doc.getMap("blocks").get("piano_economico")).toBeInstanceOf(Y.Map);
  });

  it("picks the template of the expected document when none is named", async () => {
    const room = await createDocument({ title: "Verbale", documentKey: "verbale" });
    expect(room.templateId).toBe("verbale-seduta");
  });

  it("refuses an unknown template, one that does not fit the document, and one on a note", async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ kind: "documento", templateId: "bando-inventato" }, "templateId: not a document template"],
      [
        { kind: "documento", templateId: "verbale-seduta", documentKey: "progetto-definitivo" },
        'templateId: not a template for the document "progetto-definitivo"',
      ],
      [{ kind: "documento" }, "templateId: a document needs a template"],
      [
        { kind: "nota", templateId: "proposta-art55" },
        "templateId: only documents have a template",
      ],
    ];
    for (const [body, error] of refusals) {
      const response = await workspace.api.request("POST", roomsPath(), { title: "Doc", ...body });
      expect(response, JSON.stringify(body)).toMatchObject({ status: 400, body: { error } });
    }
    const detail = await workspace.api.ok<{ rooms: unknown[] }>(
      "GET",
      `/api/procedures/${workspace.procedure.id}`,
    );
    expect(detail.rooms).toEqual([]);
  });

  it("starts a verbale from its meeting: date, place, attendees by organisation and agenda", async () => {
    const coop = await addOrganisation(workspace, "Cooperativa sociale Il Ponte");
    const marco = await invitePerson(workspace, "referente", "Marco Bianchi", coop.id);
    const me = await workspace.api.ok<{ id: string }>("GET", "/api/session");
    const meeting = await workspace.api.ok<Meeting>(
      "POST",
      `/api/procedures/${workspace.procedure.id}/meetings`,
      {
        title: "Seconda seduta del tavolo",
        date: "2026-03-03T16:30:00.000Z",
        place: "Sala consiliare, piazza Garibaldi 1",
        agenda: "1. Analisi dei bisogni\n2. Risorse dei partner",
        attendance: [
          { personId: marco.personId, organisationId: coop.id },
          { personId: me.id, organisationId: null },
        ],
      },
    );
    const room = await createDocument({
      title: "Verbale della seconda seduta",
      documentKey: "verbale",
      meetingId: meeting.id,
    });
    const client = await openDocument(room.id, await workspace.tokenParams(room.id));

    expect(textOfSection(client.doc, "seduta")).toBe(
      "Seconda seduta del tavolo\nData e ora: martedì 3 marzo 2026, ore 17:30\n" +
        "Luogo: Sala consiliare, piazza Garibaldi 1",
    );
    expect(textOfSection(client.doc, "presenti")).toBe(
      "Cooperativa sociale Il Ponte: Marco Bianchi\nAltri partecipanti: Giulia Rossi",
    );
    expect(textOfSection(client.doc, "ordine_del_giorno")).toBe(
      "1. Analisi dei bisogni\n2. Risorse dei partner",
    );
    expect(textOfSection(client.doc, "decisioni")).toBe("");
    const detail = await workspace.api.ok<{ meetings: Meeting[] }>(
      "GET",
      `/api/procedures/${workspace.procedure.id}`,
    );
    expect(detail.meetings[0]?.roomIds).toEqual([room.id]);
  });
});

describe("writing in a document", () => {
  it("drops an observer's edits: neither stored nor relayed", async () => {
    const room = await createDocument({ title: "Proposta", templateId: "proposta-art55" });
    const observer = await invitePerson(workspace, "osservatore", "Olga Sala");
    const writer = await openDocument(room.id, await workspace.tokenParams(room.id));
    const reader = await openDocument(
      room.id,
      await observer.api.ok<{ token: string }>("POST", `/api/rooms/${room.id}/token`),
    );
    const lengthBefore = documentContent(writer.doc).length;

    documentContent(reader.doc).insert(0, [new Y.XmlElement("paragraph")]);
    assignSection(reader.doc, "obiettivi", "ente-inventato");
    assignSection(writer.doc, "destinatari", "ente-del-facilitatore");
    await eventually(
      () =>
        readSectionMeta(reader.doc, "destinatari").assignedOrganisationId ===
        "ente-del-facilitatore",
      "the observer reads the facilitator's later edit",
    );
    expect(readSectionMeta(writer.doc, "obiettivi").assignedOrganisationId).toBeNull();
    expect(documentContent(writer.doc).length).toBe(lengthBefore);

    const fresh = await openDocument(room.id, await workspace.tokenParams(room.id));
    expect(documentContent(fresh.doc).length).toBe(lengthBefore);
    expect(readSectionMeta(fresh.doc, "obiettivi").assignedOrganisationId).toBeNull();
  });

  it("shows a section assigned by the facilitator to the partner and to anyone who opens it later", async () => {
    const coop = await addOrganisation(workspace, "Cooperativa sociale Il Ponte");
    const marco = await invitePerson(workspace, "referente", "Marco Bianchi", coop.id);
    const room = await createDocument({ title: "Proposta", templateId: "proposta-art55" });
    const facilitator = await openDocument(room.id, await workspace.tokenParams(room.id));
    const partner = await openDocument(
      room.id,
      await marco.api.ok<{ token: string }>("POST", `/api/rooms/${room.id}/token`),
    );

    assignSection(facilitator.doc, "azioni", coop.id);
    await eventually(
      () => readSectionMeta(partner.doc, "azioni").assignedOrganisationId === coop.id,
      "the partner sees the assignment",
    );
    expect(readSectionMeta(partner.doc, "azioni").charLimit).toBe(6000);

    for (const client of clients.splice(0)) client.destroy();
    const later = await openDocument(room.id, await workspace.tokenParams(room.id));
    expect(readSectionMeta(later.doc, "azioni")).toEqual({
      assignedOrganisationId: coop.id,
      charLimit: 6000,
    });
  });
});
