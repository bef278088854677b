import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  ApiClient,
  type CanonicalDocument,
  type ChainReport,
  canonicalDocumentFromYDoc,
  type DocumentVersion,
  type VersionDetail,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { canonicalOfState, impronta } from "../src/versions/hashing.ts";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { tempDataDir } from "./helpers/server-process.ts";
import {
  createProposal,
  firstParagraph,
  freeze,
  listVersions,
  serverHasDraftOf,
  typeIn,
} from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
const clients: TestClient[] = [];

async function start(env: Record<string, string> = {}) {
  server = await startTestServer(env);
  workspace = await Workspace.create(server.url, "Giulia Rossi");
}
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function open(room: string): Promise<TestClient> {
  const client = connectClient(server.wsUrl, room, await workspace.tokenParams(room));
  clients.push(client);
  await whenSynced(client);
  return client;
}

/** The text of the first paragraph in a canonical document string. */
function firstParagraphOf(canonical: string): string {
  const document = JSON.parse(canonical) as CanonicalDocument;
  const paragraph = document.content.content?.find((node) => node.type === "paragraph");
  return (paragraph?.content ?? []).map((node) => node.text ?? "").join("");
}

function canonicalOf(doc: Y.Doc): string {
  const result = canonicalDocumentFromYDoc(doc);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.canonical;
}

const verify = () =>
  workspace.api.ok<ChainReport>("GET", `/api/procedures/${workspace.procedure.id}/versions/verify`);

describe("freezing a version", () => {
  beforeEach(() => start());

  it("freezes the server's state while two people edit, and editing goes on after", async () => {
    const room = await createProposal(workspace);
    const anna = await open(room.id);
    const bruno = await open(room.id);
    typeIn(anna.doc, "Obiettivo: ");
    typeIn(bruno.doc, "casa per tutti", 0);
    await eventually(
      () =>
        canonicalOf(anna.doc) === canonicalOf(bruno.doc) && firstParagraph(anna.doc).length > 20,
      "both edits reached both people",
    );
    const expected = canonicalOf(anna.doc);

    const version = await freeze(workspace, room.id, { label: "Bozza per il tavolo" });
    expect(version).toMatchObject({ number: 1, label: "Bozza per il tavolo", previousHash: null });
    expect(version.canonical).toBe(expected);
    expect(version.hash).toBe(impronta(expected));
    expect(version.hash).toMatch(/^[0-9a-f]{64}$/);

    typeIn(bruno.doc, "Nuovo testo. ");
    await eventually(() => canonicalOf(anna.doc) !== expected, "editing continues after");
    const list = await listVersions(workspace, room.id);
    expect(list.versions.map((v) => v.hash)).toEqual([version.hash]);
    expect(list.draftHash).not.toBe(version.hash);

    const second = await freeze(workspace, room.id, { label: "Seconda" });
    expect(second).toMatchObject({ number: 2, previousHash: version.hash });
    expect(second.canonical).toBe(canonicalOf(anna.doc));
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("freezes one consistent server state while both people keep typing through the freeze", async () => {
    const room = await createProposal(workspace);
    const anna = await open(room.id);
    const bruno = await open(room.id);
    let typing = true;
    const typed = { a: 0, b: 0 };
    const count = (doc: Y.Doc, letter: string) =>
      firstParagraph(doc).toString().split(letter).length - 1;
    // Each keystroke waits until the other person has it: typing paced by the server's relay.
    const typeAway = async (doc: Y.Doc, other: Y.Doc, letter: "a" | "b") => {
      while (typing) {
        typeIn(doc, letter);
        typed[letter]++;
        await eventually(() => count(other, letter) >= typed[letter], `${letter} relayed`);
      }
    };
    const both = Promise.all([
      typeAway(anna.doc, bruno.doc, "a"),
      typeAway(bruno.doc, anna.doc, "b"),
    ]);
    await eventually(() => typed.a >= 5 && typed.b >= 5, "both are typing");
    const version = await freeze(workspace, room.id, { label: "Al volo" });
    const atFreeze = { ...typed };
    await eventually(
      () => typed.a >= atFreeze.a + 5 && typed.b >= atFreeze.b + 5,
      "both type on after the freeze",
    );
    typing = false;
    await both;

    const state = await readFile(path.join(server.dataDir, "versions", `${version.id}.bin`));
    expect(canonicalOfState(new Uint8Array(state))).toBe(version.canonical);
    await eventually(
      () => canonicalOf(anna.doc) === canonicalOf(bruno.doc),
      "both people converge after the freeze",
    );
    const frozenText = firstParagraphOf(version.canonical);
    const finalText = firstParagraph(anna.doc).toString();
    expect(frozenText.length).toBeGreaterThan(0);
    expect(finalText.length).toBeGreaterThan(frozenText.length);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("stores the Yjs state, which rebuilds to the same impronta", async () => {
    const room = await createProposal(workspace);
    const client = await open(room.id);
    typeIn(client.doc, "Testo concordato");
    await serverHasDraftOf(workspace, room.id, client.doc);
    const version = await freeze(workspace, room.id, { label: "Uno" });
    const state = await readFile(path.join(server.dataDir, "versions", `${version.id}.bin`));
    const rebuilt = canonicalOfState(new Uint8Array(state));
    expect(rebuilt).toBe(version.canonical);
    expect(rebuilt).toContain("Testo concordato");
  });

  it("refuses a document that cannot be frozen, with its problems", async () => {
    const room = await createProposal(workspace);
    const client = await open(room.id);
    client.doc.getMap("blocks").delete("piano_economico");
    await eventually(
      async () => (await listVersions(workspace, room.id)).draftHash === null,
      "the server has the broken draft",
    );
    const response = await workspace.api.request("POST", `/api/rooms/${room.id}/versions`, {
      label: "Rotta",
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ problems: [expect.stringContaining("piano_economico")] });
  });

  it("never changes a version: PUT, PATCH and DELETE answer 405", async () => {
    const room = await createProposal(workspace);
    const version = await freeze(workspace, room.id, { label: "Uno" });
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const response = await workspace.api.request(method, `/api/versions/${version.id}`, {
        label: "Altro",
      });
      expect(response, method).toMatchObject({ status: 405, body: { error: expect.any(String) } });
    }
    const detail = await workspace.api.ok<VersionDetail>("GET", `/api/versions/${version.id}`);
    expect(detail.version).toEqual(version);
  });

  it("lets a facilitator and the municipality's referente freeze, not a redattore", async () => {
    const room = await createProposal(workspace);
    const coop = await addOrganisation(workspace);
    const comune = await workspace.api.ok<{ id: string }>(
      "POST",
      `/api/procedures/${workspace.procedure.id}/organisations`,
      { name: "Comune di Mentana", type: "comune", fiscalCode: "02345678901", role: "capofila" },
    );
    const writer = await invitePerson(workspace, "redattore", "Rita Verdi", coop.id);
    const coopLead = await invitePerson(workspace, "referente", "Marco Bianchi", coop.id);
    const mayorLead = await invitePerson(workspace, "referente", "Sara Neri", comune.id);
    const path = `/api/rooms/${room.id}/versions`;
    for (const person of [writer, coopLead]) {
      expect(await person.api.request("POST", path, { label: "Mia" })).toMatchObject({
        status: 403,
      });
    }
    const version = await mayorLead.api.ok<DocumentVersion>("POST", path, { label: "Comune" });
    expect(version.authorName).toBe("Sara Neri");
    expect(version.organisations.map((o) => o.name)).toEqual([
      "Cooperativa sociale La Lanterna di Diogene",
      "Comune di Mentana",
    ]);
    const audit = await workspace.api.ok<{ action: string }[]>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/audit`,
    );
    expect(audit.map((event) => event.action)).toContain("version.frozen");
  });
});

describe("comparing versions", () => {
  beforeEach(() => start());

  it("shows what changed section by section, against a later version or the draft", async () => {
    const room = await createProposal(workspace);
    const client = await open(room.id);
    const first = await freeze(workspace, room.id, { label: "Uno" });
    typeIn(client.doc, "Nuovo contesto");
    await serverHasDraftOf(workspace, room.id, client.doc);
    const second = await freeze(workspace, room.id, { label: "Due" });
    type Diff = { sections: { sectionKey: string; status: string; lines: unknown[] }[] };
    const diff = await workspace.api.ok<Diff>(
      "GET",
      `/api/versions/${first.id}/diff?to=${second.id}`,
    );
    const changed = diff.sections.filter((s) => s.status !== "same");
    expect(changed).toEqual([
      expect.objectContaining({
        sectionKey: "analisi_contesto",
        status: "changed",
        lines: [{ kind: "added", text: "Nuovo contesto" }],
      }),
    ]);
    const draft = await workspace.api.ok<Diff>("GET", `/api/versions/${second.id}/diff`);
    expect(draft.sections.every((s) => s.status === "same")).toBe(true);
    const other = await createProposal(workspace, "Altra proposta");
    const elsewhere = await freeze(workspace, other.id, { label: "Altra" });
    const mixed = await workspace.api.request(
      "GET",
      `/api/versions/${first.id}/diff?to=${elsewhere.id}`,
    );
    expect(mixed.status).toBe(400);
  });
});

describe("restoring a version", () => {
  beforeEach(() => start());

  it("puts a version's text and tables back into the draft that everyone is editing", async () => {
    const room = await createProposal(workspace);
    const anna = await open(room.id);
    const bruno = await open(room.id);
    typeIn(anna.doc, "Testo concordato");
    await serverHasDraftOf(workspace, room.id, anna.doc);
    const version = await freeze(workspace, room.id, { label: "Uno" });
    typeIn(bruno.doc, "Aggiunta da togliere. ");
    bruno.doc.getMap("blocks").delete("piano_economico");
    // The deletion came after the typing on the same socket: once it is there, both are.
    await eventually(
      async () => (await listVersions(workspace, room.id)).draftHash === null,
      "the server has Bruno's edits, which leave the draft unfreezable",
    );

    const writer = await invitePerson(workspace, "redattore", "Rita Verdi");
    const refused = await writer.api.request("POST", `/api/versions/${version.id}/restore`);
    expect(refused.status).toBe(403);
    const restored = await workspace.api.ok<{ draftHash: string }>(
      "POST",
      `/api/versions/${version.id}/restore`,
    );
    expect(restored.draftHash).toBe(version.hash);
    await eventually(
      () =>
        canonicalOf(anna.doc) === version.canonical && canonicalOf(bruno.doc) === version.canonical,
      "both people see the restored text",
    );
    typeIn(anna.doc, "Si riparte. ");
    await eventually(
      () => firstParagraph(bruno.doc).toString().startsWith("Si riparte"),
      "editing goes on",
    );
  });
});

describe("who may read versions", () => {
  beforeEach(() => start());

  it("answers 401 without a session and 403 to someone outside the procedure", async () => {
    const room = await createProposal(workspace);
    const version = await freeze(workspace, room.id, { label: "Uno" });
    const paths = [
      `/api/rooms/${room.id}/versions`,
      `/api/versions/${version.id}`,
      `/api/versions/${version.id}/export?format=md`,
      `/api/rooms/${room.id}/export?format=md`,
      `/api/procedures/${workspace.procedure.id}/versions/verify`,
    ];
    const anonymous = new ApiClient(server.url);
    const stranger = await Workspace.create(server.url, "Altro Comune");
    for (const path of paths) {
      expect((await anonymous.request("GET", path)).status, path).toBe(401);
      expect((await stranger.api.request("GET", path)).status, path).toBe(403);
    }
    expect((await anonymous.request("GET", "/api/versions/sconosciuta")).status).toBe(401);
  });
});

describe("verifying the chain", () => {
  it("reports a Yjs state and a canonical text altered on disk", async () => {
    const dataDir = await tempDataDir();
    await start({ DATA_DIR: dataDir });
    const room = await createProposal(workspace);
    const first = await freeze(workspace, room.id, { label: "Uno" });
    const client = await open(room.id);
    typeIn(client.doc, "Altro testo");
    await serverHasDraftOf(workspace, room.id, client.doc);
    const second = await freeze(workspace, room.id, { label: "Due" });
    expect(await verify()).toMatchObject({ ok: true });

    // On disk: the first version's Yjs state replaced by the second's.
    const stateFile = (id: string) => path.join(dataDir, "versions", `${id}.bin`);
    await writeFile(stateFile(first.id), await readFile(stateFile(second.id)));
    const afterDisk = await verify();
    expect(afterDisk.ok).toBe(false);
    expect(afterDisk.versions.map((v) => [v.number, v.problems])).toEqual([
      [1, ["state-mismatch"]],
      [2, []],
    ]);

    // In its text file, with the server stopped: one word of the second version's text.
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    const textFile = path.join(dataDir, "versions", `${second.id}.canonical.json`);
    const text = await readFile(textFile, "utf8");
    expect(text).toContain("Altro testo");
    await writeFile(textFile, text.replace("Altro testo", "Altro testa"));
    // Same port and data: the facilitator's session cookie still holds.
    server = await startTestServer({ DATA_DIR: dataDir, PORT: String(server.port) });
    const afterMetadata = await verify();
    expect(afterMetadata.versions.map((v) => [v.number, v.problems])).toEqual([
      [1, ["state-mismatch"]],
      [2, ["canonical-mismatch"]],
    ]);
  });
});
