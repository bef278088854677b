import {
  assignSection,
  CloseCode,
  DOCUMENT_NODE,
  documentContent,
  type RefusalRule,
  type RoomToken,
  readSectionMeta,
  refusalReason,
  type SuggestionAttrs,
  type WorkspaceRoom,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { nextClose, storedFilesContain } from "./helpers/room-rules.ts";
import { Workspace } from "./helpers/workspace.ts";

type Person = Awaited<ReturnType<typeof invitePerson>>;
interface Actor {
  api: Person["api"];
  personId: string;
  organisationId: string | null;
}

const SECTION = "analisi_contesto";
let server: TestServer;
let workspace: Workspace;
let roomId: string;
let anna: Actor; // writes for the Lanterna, which owns SECTION
let bruno: Actor; // writes for the Girasole
let giulia: Actor; // the facilitator
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Bianchi");
  const lanterna = (await addOrganisation(workspace, "Cooperativa La Lanterna")).id;
  const girasole = (await addOrganisation(workspace, "Cooperativa Il Girasole")).id;
  anna = {
    ...(await invitePerson(workspace, "redattore", "Anna Rossi", lanterna)),
    organisationId: lanterna,
  };
  bruno = {
    ...(await invitePerson(workspace, "redattore", "Bruno Verdi", girasole)),
    organisationId: girasole,
  };
  const me = await workspace.api.ok<{ id: string }>("GET", "/api/session");
  giulia = { api: workspace.api, personId: me.id, organisationId: null };
  const room = await workspace.api.ok<WorkspaceRoom>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/rooms`,
    { kind: "documento", title: "Proposta", templateId: "proposta-art55" },
  );
  roomId = room.id;
  const forGiulia = await open(giulia);
  assignSection(forGiulia.doc, SECTION, lanterna);
  const forAnna = await open(anna);
  await eventually(
    () => readSectionMeta(forAnna.doc, SECTION).assignedOrganisationId === lanterna,
    "the assignment arrives",
  );
  sectionText(forAnna.doc).insert(0, "Il quartiere ha 400 famiglie.");
  await eventually(() => textOf(forGiulia.doc).includes("400"), "Anna's text arrives");
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function open(who: Actor): Promise<TestClient> {
  const { token } = await who.api.ok<RoomToken>("POST", `/api/rooms/${roomId}/token`);
  const client = connectClient(server.wsUrl, roomId, { token });
  clients.push(client);
  await whenSynced(client);
  return client;
}

/** The text of SECTION's first paragraph, created on first use. */
function sectionText(doc: Y.Doc): Y.XmlText {
  const content = documentContent(doc);
  const blocks = content.toArray();
  const heading = blocks.findIndex(
    (node) =>
      node instanceof Y.XmlElement &&
      node.nodeName === DOCUMENT_NODE.sectionHeading &&
      node.getAttribute("sectionKey") === SECTION,
  );
  const paragraph = blocks[heading + 1];
  if (!(paragraph instanceof Y.XmlElement)) throw new Error("no paragraph after the heading");
  const existing = paragraph.get(0);
  if (existing instanceof Y.XmlText) return existing;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

/** The characters of a text, without its formatting (XmlText.toString writes marks as tags). */
function plain(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");
}

function textOf(doc: Y.Doc): string {
  return plain(sectionText(doc));
}

function suggestion(by: Actor, id: string): SuggestionAttrs {
  return {
    id,
    authorId: by.personId,
    authorName: "chi scrive",
    organisationId: by.organisationId,
    createdAt: "2026-12-03T18:00:00.000Z",
  };
}

/** `edit` on a fresh connection of `who` is refused with `rule`, and reaches nobody. */
async function expectRefused(who: Actor, rule: RefusalRule, edit: (text: Y.XmlText) => void) {
  const witness = await open(giulia);
  const before = textOf(witness.doc);
  const writer = await open(who);
  const closed = nextClose(writer);
  edit(sectionText(writer.doc));
  expect(await closed).toEqual({ code: CloseCode.updateRefused, reason: refusalReason(rule) });
  // A later legal edit arrives; the refused one never did.
  const marker = await open(giulia);
  sectionText(marker.doc).insert(0, "·");
  await eventually(() => textOf(witness.doc) === `·${before}`, "a later edit arrives");
  sectionText(marker.doc).delete(0, 1);
  await eventually(() => textOf(witness.doc) === before, "the marker is gone");
}

/** `edit` on a fresh connection of `who` reaches the others as `expected`. */
async function expectRelayed(
  who: Actor,
  edit: (text: Y.XmlText) => void,
  seen: (t: Y.XmlText) => boolean,
) {
  const witness = await open(giulia);
  const writer = await open(who);
  edit(sectionText(writer.doc));
  await eventually(() => seen(sectionText(witness.doc)), "the edit arrives");
}

const insertionsOf = (text: Y.XmlText) =>
  text.toDelta().filter((op: { attributes?: Record<string, unknown> }) => op.attributes?.insertion);

describe("owned sections", () => {
  it("refuses a partner's direct writing in another's section, and relays their suggestion", async () => {
    await expectRefused(bruno, "section-owned", (text) => text.insert(0, "Scrive Bruno. "));
    expect(await storedFilesContain(server.dataDir, "Scrive Bruno")).toBe(false);
    await expectRefused(bruno, "section-owned", (text) => text.delete(0, 3));
    await expectRefused(bruno, "section-owned", (text) => text.format(0, 3, { bold: {} }));

    await expectRelayed(
      bruno,
      (text) =>
        text.insert(text.length, " Dati ISTAT 2025.", { insertion: suggestion(bruno, "s1") }),
      (text) => insertionsOf(text).length === 1,
    );
    await expectRelayed(
      bruno,
      (text) => text.format(3, 9, { deletion: suggestion(bruno, "s2") }),
      (text) =>
        text
          .toDelta()
          .some((op: { attributes?: { deletion?: unknown } }) => op.attributes?.deletion),
    );
  });

  it("keeps suggestions in their author's name, and their settling to the section's owner", async () => {
    await expectRefused(bruno, "identity", (text) =>
      text.insert(0, "Firmato Anna. ", { insertion: suggestion(anna, "f1") }),
    );
    await expectRelayed(
      bruno,
      (text) => text.insert(0, "Proposta. ", { insertion: suggestion(bruno, "s1") }),
      (text) => plain(text).startsWith("Proposta. "),
    );
    // Bruno may not accept his own suggestion, nor turn Anna's text into his own insertion.
    await expectRefused(bruno, "section-owned", (text) => text.format(0, 10, { insertion: null }));
    await expectRefused(bruno, "section-owned", (text) =>
      text.format(10, 5, { insertion: suggestion(bruno, "s9") }),
    );
    // Anna, of the owning organisation, accepts it: it becomes plain text for everyone.
    await expectRelayed(
      anna,
      (text) => text.format(0, 10, { insertion: null }),
      (text) => plain(text).startsWith("Proposta. ") && insertionsOf(text).length === 0,
    );
  });

  it("lets a partner withdraw their own suggestion, and a facilitator do everything", async () => {
    await expectRelayed(
      bruno,
      (text) => text.insert(0, "Forse. ", { insertion: suggestion(bruno, "s1") }),
      (text) => plain(text).startsWith("Forse. "),
    );
    await expectRelayed(
      bruno,
      (text) => text.delete(0, 7),
      (text) => !plain(text).startsWith("Forse. "),
    );
    await expectRelayed(
      giulia,
      (text) => text.insert(0, "Premessa. "),
      (text) => plain(text).startsWith("Premessa. "),
    );
  });

  it("leaves who writes which section to facilitators", async () => {
    const forAnna = await open(anna);
    const closed = nextClose(forAnna);
    assignSection(forAnna.doc, "obiettivi", anna.organisationId);
    expect(await closed).toEqual({
      code: CloseCode.updateRefused,
      reason: refusalReason("facilitators-only"),
    });
  });
});
