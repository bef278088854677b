import {
  type ApiClient,
  documentContent,
  getProposalTemplate,
  setSectionCharLimit,
  type VersionDetail,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { invitePerson } from "./helpers/people.ts";
import { createProposal, freeze, listVersions, serverHasDraftOf } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

const TEMPLATE = getProposalTemplate("proposta-art55");
const TEXT_SECTIONS = TEMPLATE.sections.filter((section) => !section.block);
const REASON = "Il comitato chiede di approvare ora lo schema generale";

let server: TestServer;
let workspace: Workspace;
let comune: ApiClient;
let roomId: string;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  const municipality = await workspace.api.ok<{ id: string }>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/organisations`,
    { name: "Comune di Mentana", type: "comune", fiscalCode: "02345678901", role: "capofila" },
  );
  comune = (await invitePerson(workspace, "referente", "Sara Neri", municipality.id)).api;
  roomId = (await createProposal(workspace)).id;
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function openDocument(): Promise<Y.Doc> {
  const client = connectClient(server.wsUrl, roomId, await workspace.tokenParams(roomId));
  clients.push(client);
  await whenSynced(client);
  return client.doc;
}

/** Writes `text` into every empty paragraph: one per text section of a new proposal. */
function fillEverySection(doc: Y.Doc, text: string): void {
  for (const node of documentContent(doc).toArray()) {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== "paragraph") continue;
    const inner = node.get(0);
    if (inner instanceof Y.XmlText && inner.length === 0) inner.insert(0, text);
  }
}

const post = (api: ApiClient, body: Record<string, unknown>) =>
  api.request<{ error: string }>("POST", `/api/rooms/${roomId}/versions`, body);

describe("freezing reports empty and over-limit sections", () => {
  it("lists every empty section in the freeze response, the version and the draft list", async () => {
    const keys = TEXT_SECTIONS.map((section) => section.key);
    expect(
      (await listVersions(workspace, roomId)).draftCompleteness?.empty.map((e) => e.sectionKey),
    ).toEqual(keys);
    const version = await freeze(workspace, roomId, { label: "Schema" });
    expect(version.completeness?.empty.map((e) => e.sectionKey)).toEqual(keys);
    expect(version.completeness?.empty[0]?.title).toBe(TEXT_SECTIONS[0]?.title);
    expect(version.approvalReason).toBeNull();
    const detail = await workspace.api.ok<VersionDetail>("GET", `/api/versions/${version.id}`);
    expect(detail.version.completeness).toEqual(version.completeness);
  });

  it("counts a section over the limit the editor shows, as the editor counts it", async () => {
    const doc = await openDocument();
    const first = TEXT_SECTIONS[0];
    if (!first) throw new Error("no text section");
    setSectionCharLimit(doc, first.key, 20);
    fillEverySection(doc, "Venticinque caratteri qui");
    await serverHasDraftOf(workspace, roomId, doc);
    const version = await freeze(workspace, roomId, { label: "Quasi finale" });
    expect(version.completeness).toMatchObject({
      empty: [],
      overLimit: [{ sectionKey: first.key, title: first.title, count: 25, limit: 20 }],
    });
  });
});

describe("opening an approval round on an incomplete text", () => {
  it("needs a reason: 400 without it, nothing recorded", async () => {
    const response = await post(workspace.api, { label: "Schema", openApproval: true });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/^reason: /);
    expect((await listVersions(workspace, roomId)).versions).toEqual([]);
  });

  it("is a facilitator's decision: the municipality's referente gets 403 even with a reason", async () => {
    const refused = await post(comune, { label: "Schema", openApproval: true, reason: REASON });
    expect(refused.status).toBe(403);
    // The referente may still freeze, and open a round on a complete text.
    expect((await post(comune, { label: "Senza giro" })).status).toBe(201);
    const doc = await openDocument();
    fillEverySection(doc, "Testo della sezione.");
    await serverHasDraftOf(workspace, roomId, doc);
    // Every section written and signed off (nobody owns them: the facilitator signs off).
    for (const section of TEMPLATE.sections) {
      await workspace.api.ok("PUT", `/api/rooms/${roomId}/sections/${section.key}`, {
        status: "pronta",
      });
    }
    expect((await post(comune, { label: "Completo", openApproval: true })).status).toBe(201);
  });

  it("keeps the facilitator's reason in the version and prints it on the cover", async () => {
    const version = await freeze(workspace, roomId, {
      label: "Schema",
      openApproval: true,
      reason: REASON,
    });
    expect(version.approvalReason).toBe(REASON);
    const detail = await workspace.api.ok<VersionDetail>("GET", `/api/versions/${version.id}`);
    expect(detail.version.approvalReason).toBe(REASON);
    expect(detail.round?.status).toBe("open");
    for (const format of ["md", "html"]) {
      const file = await fetch(`${server.url}/api/versions/${version.id}/export?format=${format}`, {
        headers: { cookie: workspace.api.cookieHeader },
      });
      expect(await file.text()).toContain(REASON);
    }
  });
});
