import {
  type ApiClient,
  assignSection,
  CloseCode,
  DOCUMENT_NODE,
  documentContent,
  type RoomToken,
  refusalReason,
  type SectionStatus,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { nextClose, storedFilesContain } from "./helpers/room-rules.ts";
import { createProposal } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

const CLOSED = "analisi_contesto";
const OPEN = "obiettivi";

let server: TestServer;
let workspace: Workspace;
let roomId: string;
let anna: ApiClient;
let annaId: string;
let coop: string;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  coop = (await addOrganisation(workspace)).id;
  const person = await invitePerson(workspace, "redattore", "Anna Rossi", coop);
  anna = person.api;
  annaId = person.personId;
  roomId = (await createProposal(workspace)).id;
  const facilitator = await open(workspace.api);
  assignSection(facilitator.doc, CLOSED, coop);
  const forAnna = await open(anna);
  await eventually(() => forAnna.doc.getMap("sections").has(CLOSED), "the assignment arrives");
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function open(api: ApiClient): Promise<TestClient> {
  const { token } = await api.ok<RoomToken>("POST", `/api/rooms/${roomId}/token`);
  const client = connectClient(server.wsUrl, roomId, { token });
  clients.push(client);
  await whenSynced(client);
  return client;
}

const move = (api: ApiClient, status: SectionStatus) =>
  api.ok("PUT", `/api/rooms/${roomId}/sections/${CLOSED}`, { status });

/** The text of the first paragraph after `sectionKey`'s heading. */
function paragraphIn(doc: Y.Doc, sectionKey: string): Y.XmlText {
  let inSection = false;
  for (const node of documentContent(doc).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === DOCUMENT_NODE.sectionHeading) {
      inSection = node.getAttribute("sectionKey") === sectionKey;
    } else if (inSection && node.nodeName === DOCUMENT_NODE.paragraph) {
      const text = node.get(0);
      if (text instanceof Y.XmlText) return text;
    }
  }
  throw new Error(`no paragraph in ${sectionKey}`);
}

const holds = (client: TestClient, sectionKey: string, text: string) =>
  paragraphIn(client.doc, sectionKey).toString().includes(text);

/** `writer`'s typing in the closed section is refused; a later legal edit reaches `witness` without it. */
async function expectRefusedInClosed(writer: ApiClient, witness: TestClient, text: string) {
  const client = await open(writer);
  const closed = nextClose(client);
  paragraphIn(client.doc, CLOSED).insert(0, text);
  expect(await closed).toEqual({
    code: CloseCode.updateRefused,
    reason: refusalReason("section-closed"),
  });
  const marker = `Altrove ${clients.length}`;
  paragraphIn((await open(writer)).doc, OPEN).insert(0, marker);
  await eventually(() => holds(witness, OPEN, marker), "a later legal edit arrives");
  expect(holds(witness, CLOSED, text)).toBe(false);
  expect(await storedFilesContain(server.dataDir, text)).toBe(false);
}

describe("a closed section", () => {
  it("takes no direct writing, even from its owner or a facilitator, only suggestions, until it is reopened", async () => {
    const witness = await open(workspace.api);
    await move(anna, "pronta");
    // Signed off but open: the owner may still correct it.
    paragraphIn((await open(anna)).doc, CLOSED).insert(0, "Ultima correzione. ");
    await eventually(() => holds(witness, CLOSED, "Ultima correzione."), "the correction arrives");

    await move(workspace.api, "chiusa");
    await expectRefusedInClosed(anna, witness, "Riscritto dall'ente");
    await expectRefusedInClosed(workspace.api, witness, "Riscritto dalla facilitatrice");

    // A suggestion is still welcome there; the facilitator accepts it.
    const proposal = "Proposta di Anna. ";
    paragraphIn((await open(anna)).doc, CLOSED).insert(0, proposal, {
      insertion: {
        id: "s1",
        authorId: annaId,
        authorName: "Anna Rossi",
        organisationId: coop,
        createdAt: new Date().toISOString(),
      },
    });
    await eventually(() => holds(witness, CLOSED, proposal), "the suggestion arrives");
    expect(paragraphIn(witness.doc, CLOSED).toString()).toContain("<insertion");
    paragraphIn(witness.doc, CLOSED).format(0, proposal.length, { insertion: null });
    const check = await open(anna);
    await eventually(
      () => !paragraphIn(check.doc, CLOSED).toString().includes("<insertion"),
      "the accepted suggestion is plain text for everyone",
    );

    await move(workspace.api, "in-scrittura");
    paragraphIn((await open(anna)).doc, CLOSED).insert(0, "Dopo la riapertura. ");
    await eventually(() => holds(witness, CLOSED, "Dopo la riapertura."), "the edit arrives");
  });
});
