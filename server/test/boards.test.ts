import {
  addNote,
  type BoardNote,
  boardControlRoom,
  boardOrganisationRoom,
  boardPrivateRoom,
  CloseCode,
  currentVote,
  type NoteAuthor,
  openVote,
  placeDot,
  placeNote,
  readFrames,
  readNotes,
  readPrivateWriting,
  readVotes,
  setTimer,
  startPrivateWriting,
  type WorkspaceRoom,
  writeTimer,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { bytesContain, createBoard, openBoardRoom, recordUpdates } from "./helpers/boards.ts";
import { eventually, type TestClient } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

type Person = Awaited<ReturnType<typeof invitePerson>>;

let server: TestServer;
let workspace: Workspace;
let board: WorkspaceRoom;
let anna: Person;
let bruno: Person;
let organisationId: string;
const clients: TestClient[] = [];

const open = (who: Person | Workspace, room: string) =>
  openBoardRoom(server.wsUrl, who.api, board.id, room, clients);

function upgradeStatus(path: string, cookie: string): Promise<number> {
  const socket = new WebSocket(`${server.wsUrl}/${path}`, { headers: { cookie } });
  return new Promise((resolve) => {
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
  });
}

const author = (person: Person, name: string) => ({
  personId: person.personId,
  displayName: name,
  organisationId,
});

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  organisationId = (await addOrganisation(workspace)).id;
  anna = await invitePerson(workspace, "referente", "Anna Rossi", organisationId);
  bruno = await invitePerson(workspace, "redattore", "Bruno Verdi", organisationId);
  board = await createBoard(workspace, "risorse-potenzialita");
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

describe("creating a board", () => {
  it("lays the chosen template out before answering, and refuses an unknown template", async () => {
    const facilitator = await open(workspace, board.id);
    expect(readFrames(facilitator.doc).map((frame) => frame.id)).toHaveLength(4);
    const bad = await workspace.api.request(
      "POST",
      `/api/procedures/${workspace.procedure.id}/rooms`,
      {
        kind: "lavagna",
        title: "Lavagna",
        boardTemplateId: "nessuno",
      },
    );
    expect(bad.status).toBe(400);
  });
});

describe("private writing", () => {
  it("keeps a note's text from every other client until the facilitator reveals it", async () => {
    const secret = "Alloggi sfitti in via Roma 12";
    const control = await open(workspace, boardControlRoom(board.id));
    startPrivateWriting(control.doc, "facilitatore", Date.now());
    const watcher = await open(workspace, board.id);
    const received = recordUpdates(watcher);
    const brunoBoard = await open(bruno, board.id);
    const brunoReceived = recordUpdates(brunoBoard);
    const annaControl = await open(anna, boardControlRoom(board.id));
    await eventually(() => readPrivateWriting(annaControl.doc).active, "anna sees private mode");

    const annaBoard = await open(anna, board.id);
    const annaPrivate = await open(anna, boardPrivateRoom(board.id, anna.personId));
    const note = placeNote(
      { board: annaBoard.doc, privateDoc: annaPrivate.doc },
      readPrivateWriting(annaControl.doc),
      { text: secret, x: 200, y: 200 },
      author(anna, "Anna Rossi"),
    );
    await eventually(() => readNotes(watcher.doc).length === 1, "placeholder arrives");
    expect(readNotes(watcher.doc)[0]).toMatchObject({ id: note.id, hidden: true, text: "" });
    expect(bytesContain(received, secret)).toBe(false);
    expect(bytesContain(brunoReceived, secret)).toBe(false);

    const revealed = await anna.api.request("POST", `/api/boards/${board.id}/reveal`);
    expect(revealed.status).toBe(403);
    const body = await workspace.api.ok<{ revealed: string[] }>(
      "POST",
      `/api/boards/${board.id}/reveal`,
    );
    expect(body.revealed).toEqual([note.id]);
    const visible = (doc: TestClient) =>
      readNotes(doc.doc).find((n: BoardNote) => n.id === note.id);
    await eventually(() => visible(watcher)?.text === secret, "text revealed to the facilitator");
    await eventually(() => visible(brunoBoard)?.hidden === false, "revealed to a partner");
    await eventually(() => !readPrivateWriting(annaControl.doc).active, "private mode off");
  });

  it("opens a private room to its person only: not a partner, a facilitator or an observer", async () => {
    const room = boardPrivateRoom(board.id, anna.personId);
    const observer = await invitePerson(workspace, "osservatore", "Olga");
    for (const other of [bruno, workspace, observer]) {
      const token = await other.api.request("POST", `/api/boards/${board.id}/token`, { room });
      expect(token.status).toBe(403);
      expect(await upgradeStatus(room, other.api.cookieHeader)).toBe(403);
    }
    expect(await upgradeStatus(room, anna.api.cookieHeader)).toBe(101);
    const observerOwn = boardPrivateRoom(board.id, observer.personId);
    expect(await upgradeStatus(observerOwn, observer.api.cookieHeader)).toBe(403);
  });
});

describe("revoking a member", () => {
  it("closes their connections to the board's side rooms too", async () => {
    const own = await open(anna, boardPrivateRoom(board.id, anna.personId));
    const control = await open(anna, boardControlRoom(board.id));
    const pid = workspace.procedure.id;
    await workspace.api.ok("DELETE", `/api/procedures/${pid}/members/${anna.personId}`);
    await eventually(
      () => !own.provider.wsconnected && !control.provider.wsconnected,
      "side rooms closed",
    );
    const room = boardPrivateRoom(board.id, anna.personId);
    expect(await upgradeStatus(room, anna.api.cookieHeader)).toBe(403);
  });
});

describe("the control room", () => {
  it("is read-only for a partner: their update is neither stored nor relayed", async () => {
    const facilitator = await open(workspace, boardControlRoom(board.id));
    const partner = await open(anna, boardControlRoom(board.id));
    writeTimer(partner.doc, setTimer(60_000));
    startPrivateWriting(partner.doc, anna.personId, Date.now());
    writeTimer(facilitator.doc, setTimer(300_000));
    await eventually(
      () => partner.doc.getMap("control").get("timer") !== undefined,
      "facilitator's timer arrives",
    );
    const fresh = await open(bruno, boardControlRoom(board.id));
    await eventually(() => fresh.doc.getMap("control").size > 0, "fresh client loaded");
    expect(fresh.doc.getMap("control").toJSON()).toEqual({
      timer: { durationMs: 300_000, runningSince: null, remainingMs: 300_000 },
    });
    expect(readPrivateWriting(facilitator.doc).active).toBe(false);
  });

  it("refuses rooms outside the board's family", async () => {
    const note = await workspace.room("Appunti");
    const cookie = workspace.api.cookieHeader;
    expect(await upgradeStatus(`${board.id}:segreto`, cookie)).toBe(404);
    expect(await upgradeStatus(`${board.id}:control:x`, cookie)).toBe(404);
    expect(await upgradeStatus(`${note.id}:control`, cookie)).toBe(404);
    expect(await upgradeStatus(`${board.id}:control`, cookie)).toBe(101);
  });
});

describe("dot voting", () => {
  async function openPersonVote() {
    const control = await open(workspace, boardControlRoom(board.id));
    const boardDoc = await open(anna, board.id);
    const author0 = author(anna, "Anna Rossi");
    const first = addNote(boardDoc.doc, { text: "Orti condivisi", x: 0, y: 0 }, author0);
    const second = addNote(boardDoc.doc, { text: "Portineria sociale", x: 300, y: 0 }, author0);
    const session = openVote(
      control.doc,
      { title: "Priorità", scope: { kind: "board" }, mode: "persona", votesPerBallot: 3 },
      "facilitatore",
    );
    if (!session) throw new Error("vote did not open");
    return { control, first, second, session };
  }

  it("keeps ballots unread by others, refuses a partner's close, and counts on close", async () => {
    const { control, first, second, session } = await openPersonVote();
    const eligible = new Set([first.id, second.id]);
    const annaBallot = await open(anna, boardPrivateRoom(board.id, anna.personId));
    const brunoBallot = await open(bruno, boardPrivateRoom(board.id, bruno.personId));
    for (const noteId of [first.id, first.id, second.id]) {
      placeDot(annaBallot.doc, session, { noteId, voterId: anna.personId }, eligible);
    }
    placeDot(brunoBallot.doc, session, { noteId: second.id, voterId: bruno.personId }, eligible);
    const annaRoom = boardPrivateRoom(board.id, anna.personId);
    expect(await upgradeStatus(annaRoom, bruno.api.cookieHeader)).toBe(403);
    expect(await upgradeStatus(annaRoom, workspace.api.cookieHeader)).toBe(403);

    const refused = await bruno.api.request("POST", `/api/boards/${board.id}/votes/close`, {});
    expect(refused.status).toBe(403);
    const annaElsewhere = await open(anna, annaRoom);
    await eventually(() => annaElsewhere.doc.getMap("ballots").size === 3, "ballot stored");
    const brunoElsewhere = await open(bruno, boardPrivateRoom(board.id, bruno.personId));
    await eventually(() => brunoElsewhere.doc.getMap("ballots").size === 1, "ballot stored");
    const closed = await workspace.api.ok<{ results: { counts: Record<string, number> } }>(
      "POST",
      `/api/boards/${board.id}/votes/close`,
      {},
    );
    expect(closed.results.counts).toEqual({ [first.id]: 2, [second.id]: 2 });
    await eventually(() => currentVote(control.doc) === null, "vote closed for everyone");
    expect(readVotes(control.doc)[0]?.results?.ballots).toBe(2);
  });

  it("counts a per-organisation vote from the organisation's shared ballot", async () => {
    const control = await open(workspace, boardControlRoom(board.id));
    const boardDoc = await open(anna, board.id);
    const note = addNote(boardDoc.doc, { text: "Orti", x: 0, y: 0 }, author(anna, "Anna Rossi"));
    const session = openVote(
      control.doc,
      { scope: { kind: "board" }, mode: "organizzazione", votesPerBallot: 2 },
      "facilitatore",
    );
    if (!session) throw new Error("vote did not open");
    const room = boardOrganisationRoom(board.id, organisationId);
    const [annaBallot, brunoBallot] = [await open(anna, room), await open(bruno, room)];
    const eligible = new Set([note.id]);
    placeDot(annaBallot.doc, session, { noteId: note.id, voterId: anna.personId }, eligible);
    await eventually(() => brunoBallot.doc.getMap("ballots").size === 1, "shared ballot");
    placeDot(brunoBallot.doc, session, { noteId: note.id, voterId: bruno.personId }, eligible);
    const refused = placeDot(
      brunoBallot.doc,
      session,
      { noteId: note.id, voterId: bruno.personId },
      eligible,
    );
    expect(refused.ok).toBe(false);
    await eventually(() => annaBallot.doc.getMap("ballots").size === 2, "both dots stored");
    const closed = await workspace.api.ok<{ results: { counts: Record<string, number> } }>(
      "POST",
      `/api/boards/${board.id}/votes/close`,
      {},
    );
    expect(closed.results).toMatchObject({ counts: { [note.id]: 2 }, ballots: 1 });
  });

  it("opens an organisation's room to its non-observer members only", async () => {
    const room = boardOrganisationRoom(board.id, organisationId);
    expect(await upgradeStatus(room, anna.api.cookieHeader)).toBe(101);
    expect(await upgradeStatus(room, bruno.api.cookieHeader)).toBe(101);
    expect(await upgradeStatus(room, workspace.api.cookieHeader)).toBe(403);
    const other = await addOrganisation(workspace, "Associazione Il Ponte");
    const carla = await invitePerson(workspace, "referente", "Carla", other.id);
    const olga = await invitePerson(workspace, "osservatore", "Olga", organisationId);
    expect(await upgradeStatus(room, carla.api.cookieHeader)).toBe(403);
    expect(await upgradeStatus(room, olga.api.cookieHeader)).toBe(403);
  });
});

describe("locking a board", () => {
  it("makes the board room read-only for partners on the server, until unlocked", async () => {
    const before = await open(anna, board.id);
    const closed = new Promise<number | undefined>((resolve) =>
      before.provider.once("connection-close", (event: { code?: number } | null) =>
        resolve(event?.code),
      ),
    );
    const facilitator = await open(workspace, board.id);
    const lock = (locked: boolean) =>
      workspace.api.request("POST", `/api/boards/${board.id}/lock`, { locked });
    const bad = await workspace.api.request("POST", `/api/boards/${board.id}/lock`, {});
    expect(bad.status).toBe(400);
    const refused = await anna.api.request("POST", `/api/boards/${board.id}/lock`, {
      locked: true,
    });
    expect(refused.status).toBe(403);
    expect((await lock(true)).status).toBe(200);
    expect(await closed).toBe(CloseCode.accessChanged);

    const partner = await open(anna, board.id);
    const author0 = author(anna, "Anna Rossi");
    addNote(partner.doc, { text: "scritta a lavagna bloccata", x: 0, y: 0 }, author0);
    const { me } = await workspace.api.ok<{ me: NoteAuthor }>("GET", `/api/boards/${board.id}`);
    addNote(facilitator.doc, { text: "del facilitatore", x: 0, y: 300 }, me);
    const fresh = await open(bruno, board.id);
    await eventually(() => readNotes(fresh.doc).length === 1, "facilitator's note arrives");
    expect(readNotes(fresh.doc).map((n) => n.text)).toEqual(["del facilitatore"]);

    expect((await lock(false)).status).toBe(200);
    const after = await open(anna, board.id);
    addNote(after.doc, { text: "dopo lo sblocco", x: 0, y: 600 }, author0);
    await eventually(
      () => readNotes(facilitator.doc).some((n) => n.text === "dopo lo sblocco"),
      "unlocked write arrives",
    );
  });
});
