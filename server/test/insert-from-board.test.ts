import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  ApiClient,
  addNote,
  addPrivateNote,
  type BoardOutputRef,
  type BoardOutputsResponse,
  boardControlRoom,
  boardPrivateRoom,
  type CanonicalDocument,
  type ChainReport,
  createCluster,
  type DocumentVersion,
  dissolveCluster,
  openVote,
  placeDot,
  quoteBoardOutput,
  readNotes,
  updateNote,
  type VoteSession,
  type WorkspaceRoom,
} from "@tavolo/shared";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBoard, openBoardRoom } from "./helpers/boards.ts";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { createProposal, freeze, listVersions } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

type Person = Awaited<ReturnType<typeof invitePerson>>;

let server: TestServer;
let workspace: Workspace;
let board: WorkspaceRoom;
let anna: Person;
let luca: Person;
const organisations = { meta: "", cordata: "" };
const clients: TestClient[] = [];

const open = (who: Person | Workspace, room: string) =>
  openBoardRoom(server.wsUrl, who.api, board.id, room, clients);
const outputsUrl = () => `/api/procedures/${workspace.procedure.id}/boards/${board.id}/outputs`;
const outputs = (who: Person | Workspace) => who.api.ok<BoardOutputsResponse>("GET", outputsUrl());

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Facilitatrice");
  organisations.meta = (await addOrganisation(workspace, "Cooperativa Meta")).id;
  organisations.cordata = (await addOrganisation(workspace, "Associazione La Cordata")).id;
  anna = await invitePerson(workspace, "referente", "Anna Rossi", organisations.meta);
  luca = await invitePerson(workspace, "redattore", "Luca Bianchi", organisations.cordata);
  board = await createBoard(workspace);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/**
 * Anna (Cooperativa Meta) and Luca (La Cordata) write notes, the facilitator (no organisation)
 * writes one and keeps a private draft hidden, then groups three notes as «Casa».
 */
async function workshop() {
  const annaBoard = await open(anna, board.id);
  const lucaBoard = await open(luca, board.id);
  const facilitator = await open(workspace, board.id);
  const privateRoom = await open(anna, boardPrivateRoom(board.id, anna.personId));
  const as = (person: Person, name: string, organisationId: string) => ({
    personId: person.personId,
    displayName: name,
    organisationId,
  });
  const at = (x: number) => ({ x, y: 40 });
  addNote(
    annaBoard.doc,
    { text: "Alloggi sfitti in centro", ...at(0) },
    as(anna, "Anna Rossi", organisations.meta),
    { newId: () => "n-anna" },
  );
  addNote(
    lucaBoard.doc,
    { text: "Sfratti in crescita", ...at(250) },
    as(luca, "Luca Bianchi", organisations.cordata),
    { newId: () => "n-luca" },
  );
  const me = await workspace.api.ok<{ id: string }>("GET", "/api/session");
  const giulia = { personId: me.id, displayName: "Giulia Facilitatrice", organisationId: null };
  addNote(facilitator.doc, { text: "Mappare gli immobili comunali", ...at(500) }, giulia, {
    newId: () => "n-giulia",
  });
  addPrivateNote(
    annaBoard.doc,
    privateRoom.doc,
    { text: "Idea segreta di Anna", ...at(750) },
    as(anna, "Anna Rossi", organisations.meta),
    { newId: () => "n-hidden" },
  );
  await eventually(
    () => readNotes(facilitator.doc).length === 4,
    "every note reached the facilitator",
  );
  createCluster(
    facilitator.doc,
    { name: "Casa", noteIds: ["n-anna", "n-luca", "n-giulia", "n-hidden"], createdBy: me.id },
    { newId: () => "c-casa" },
  );
  await eventually(
    async () => (await outputs(luca)).outputs.some((o) => o.heading === "Casa"),
    "the cluster is on the server",
  );
  return { annaBoard, facilitator };
}

describe("a board's outputs", () => {
  it("attributes every note of a cluster to its organisation, or its author without one", async () => {
    await workshop();
    const body = await outputs(luca);
    expect(body.board).toEqual({ id: board.id, title: board.title });
    const cluster = body.outputs.find((output) => output.source.kind === "cluster");
    expect(cluster?.heading).toBe("Casa");
    expect(
      cluster?.items.map((item) => [item.text, item.authorName, item.organisationName]),
    ).toEqual([
      ["Alloggi sfitti in centro", "Anna Rossi", "Cooperativa Meta"],
      ["Sfratti in crescita", "Luca Bianchi", "Associazione La Cordata"],
      ["Mappare gli immobili comunali", "Giulia Facilitatrice", null],
    ]);
    expect(JSON.stringify(body)).not.toContain("Idea segreta");
  });

  it("is refused to a stranger, for a board of another procedure, and for a malformed id", async () => {
    await workshop();
    const stranger = await Workspace.create(server.url, "Estraneo");
    expect((await stranger.api.request("GET", outputsUrl())).status).toBe(403);
    const otherBoard = await createBoard(stranger);
    const crossed = `/api/procedures/${workspace.procedure.id}/boards/${otherBoard.id}/outputs`;
    expect((await workspace.api.request("GET", crossed)).status).toBe(404);
    const bad = `/api/procedures/${workspace.procedure.id}/boards/${encodeURIComponent("a b")}/outputs`;
    const answer = await workspace.api.request<{ error: string }>("GET", bad);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/boardId/);
    expect((await new ApiClient(server.url).request("GET", outputsUrl())).status).toBe(401);
  });
});

describe("the top-voted notes", () => {
  it("come from the latest closed vote, with each note's votes in its attribution", async () => {
    await workshop();
    const control = await open(workspace, boardControlRoom(board.id));
    const session = openVote(
      control.doc,
      { title: "Priorità", scope: { kind: "board" }, mode: "persona", votesPerBallot: 3 },
      "facilitatore",
    );
    if (!session) throw new Error("vote did not open");
    const eligible = new Set(["n-anna", "n-luca", "n-giulia"]);
    const annaBallot = await open(anna, boardPrivateRoom(board.id, anna.personId));
    const lucaBallot = await open(luca, boardPrivateRoom(board.id, luca.personId));
    for (const noteId of ["n-luca", "n-luca", "n-anna"]) {
      placeDot(annaBallot.doc, session, { noteId, voterId: anna.personId }, eligible);
    }
    placeDot(lucaBallot.doc, session, { noteId: "n-luca", voterId: luca.personId }, eligible);
    // A second connection to each ballot room sees the dots once the server has them.
    for (const [person, dots] of [
      [anna, 3],
      [luca, 1],
    ] as const) {
      const again = await open(person, boardPrivateRoom(board.id, person.personId));
      await eventually(() => again.doc.getMap("ballots").size === dots, "ballot stored");
    }
    const closed = await workspace.api.ok<VoteSession>(
      "POST",
      `/api/boards/${board.id}/votes/close`,
      {},
    );
    expect(closed.results?.counts).toEqual({ "n-luca": 3, "n-anna": 1 });

    const body = await outputs(anna);
    const top = body.outputs.find((output) => output.source.kind === "topVoted");
    expect(top?.source).toMatchObject({ voteId: session.id });
    expect(top?.items.map((item) => [item.text, item.organisationName, item.votes])).toEqual([
      ["Sfratti in crescita", "Associazione La Cordata", 3],
      ["Alloggi sfitti in centro", "Cooperativa Meta", 1],
    ]);
    const cluster = body.outputs.find((output) => output.source.kind === "cluster");
    expect(cluster?.items.map((item) => item.votes)).toEqual([3, 1, 0]);
  });
});

/** An export's text, whatever the format: the XML of DOCX and ODT, pdftotext for the PDF. */
async function exportText(versionId: string, format: string): Promise<string> {
  const response = await fetch(`${server.url}/api/versions/${versionId}/export?format=${format}`, {
    headers: { cookie: workspace.api.cookieHeader },
  });
  expect(response.status, format).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (process.env.EXPORT_SAMPLES_DIR) {
    await mkdir(process.env.EXPORT_SAMPLES_DIR, { recursive: true });
    await writeFile(path.join(process.env.EXPORT_SAMPLES_DIR, `board-annex.${format}`), bytes);
  }
  const xmlText = (name: string) =>
    strFromU8(unzipSync(bytes)[name] ?? new Uint8Array()).replace(/<[^>]+>/g, "");
  if (format === "docx") return xmlText("word/document.xml");
  if (format === "odt") return xmlText("content.xml");
  if (format === "pdf") return execFileSync("pdftotext", ["-", "-"], { input: bytes }).toString();
  return new TextDecoder().decode(bytes);
}

const frozenOutputs = (version: DocumentVersion) =>
  (JSON.parse(version.canonical) as CanonicalDocument).boardOutputs ?? [];

describe("freezing a document that quotes a board", () => {
  it("keeps the output as the board had it, with its attribution, whatever the board does after", async () => {
    const { annaBoard, facilitator } = await workshop();
    const proposal = await createProposal(workspace);
    const writer = connectClient(
      server.wsUrl,
      proposal.id,
      await workspace.tokenParams(proposal.id),
    );
    clients.push(writer);
    await whenSynced(writer);
    const cluster = (await outputs(workspace)).outputs.find((o) => o.source.kind === "cluster");
    if (!cluster) throw new Error("no cluster output");
    const me = await workspace.api.ok<{ id: string }>("GET", "/api/session");
    const ref: BoardOutputRef = {
      id: "quote-casa",
      boardId: board.id,
      source: cluster.source,
      heading: cluster.heading,
      insertedBy: me.id,
      insertedAt: new Date().toISOString(),
    };
    quoteBoardOutput(writer.doc, ref, board.title, cluster, 1);
    await eventually(
      async () => (await listVersions(workspace, proposal.id)).draftHash !== null,
      "the draft quotes the board",
    );

    const version = await freeze(workspace, proposal.id, { label: "Con i materiali" });
    const [frozen] = frozenOutputs(version);
    expect(frozen).toMatchObject({ id: "quote-casa", boardId: board.id, boardTitle: board.title });
    expect(
      frozen?.extract?.items.map((item) => [item.text, item.organisationName ?? item.authorName]),
    ).toEqual([
      ["Alloggi sfitti in centro", "Cooperativa Meta"],
      ["Sfratti in crescita", "Associazione La Cordata"],
      ["Mappare gli immobili comunali", "Giulia Facilitatrice"],
    ]);
    expect(version.canonical).not.toContain("Idea segreta");

    // The board moves on: a note is rewritten and the cluster dissolved.
    updateNote(annaBoard.doc, "n-anna", { text: "Alloggi sfitti ovunque" });
    dissolveCluster(facilitator.doc, "c-casa");
    await eventually(
      async () => !(await outputs(workspace)).outputs.some((o) => o.heading === "Casa"),
      "the server has the change",
    );

    const stored = await workspace.api.ok<{ version: DocumentVersion }>(
      "GET",
      `/api/versions/${version.id}`,
    );
    expect(stored.version.canonical).toBe(version.canonical);
    const report = await workspace.api.ok<ChainReport>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/versions/verify`,
    );
    expect(report.ok).toBe(true);
    expect((await listVersions(workspace, proposal.id)).draftHash).not.toBe(version.hash);

    const second = await freeze(workspace, proposal.id, { label: "Dopo il laboratorio" });
    expect(frozenOutputs(second)[0]).toMatchObject({ heading: "Casa", extract: null });

    const formats = ["md", "html", "docx", "odt", "pdf"];
    for (const format of formats) {
      const text = await exportText(version.id, format);
      expect(text, format).toContain("Materiali dalle lavagne");
      expect(text, format).toContain("Alloggi sfitti in centro (Anna Rossi, Cooperativa Meta)");
      expect(text, format).toContain("Mappare gli immobili comunali (Giulia Facilitatrice)");
    }
    expect(await exportText(second.id, "md")).toContain("Non più presente sulla lavagna");
  });
});
