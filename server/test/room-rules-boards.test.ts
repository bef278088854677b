import {
  addLabel,
  addNote,
  type BoardFrame,
  boardCollection,
  boardControlRoom,
  CloseCode,
  deleteNotes,
  readFrames,
  readLabels,
  readLocks,
  readNote,
  readNotes,
  refusalReason,
  setFrameLock,
  updateFrame,
  updateNote,
  type WorkspaceRoom,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBoard, openBoardRoom } from "./helpers/boards.ts";
import { eventually, type TestClient } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { nextClose, storedFilesContain } from "./helpers/room-rules.ts";
import { Workspace } from "./helpers/workspace.ts";

type Person = Awaited<ReturnType<typeof invitePerson>>;

let server: TestServer;
let workspace: Workspace;
let board: WorkspaceRoom;
let anna: Person;
let bruno: Person;
let coop: string;
const clients: TestClient[] = [];

const open = (who: Person | Workspace, room = board.id) =>
  openBoardRoom(server.wsUrl, who.api, board.id, room, clients);
const annaAuthor = () => ({
  personId: anna.personId,
  displayName: "Anna Rossi",
  organisationId: coop,
});
const brunoAuthor = () => ({
  personId: bruno.personId,
  displayName: "Bruno Verdi",
  organisationId: coop,
});
const outside = { x: -4000, y: -4000 };
const inside = (frame: BoardFrame) => ({ x: frame.x + 20, y: frame.y + 20 });

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  coop = (await addOrganisation(workspace)).id;
  anna = await invitePerson(workspace, "referente", "Anna Rossi", coop);
  bruno = await invitePerson(workspace, "redattore", "Bruno Verdi", coop);
  board = await createBoard(workspace, "risorse-potenzialita");
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/**
 * Makes `edit` on `writer` and expects the server to refuse it with `rule`: the writer is
 * closed with `updateRefused`, `witness` never receives it (a legal edit sent afterwards by the
 * witness's own side arrives first, so the check waits on a condition, not a sleep), and it is
 * not on disk.
 */
async function expectRefused(
  writer: TestClient,
  witness: TestClient,
  rule: Parameters<typeof refusalReason>[0],
  edit: () => void,
  seen: () => boolean,
): Promise<void> {
  const closed = nextClose(writer);
  edit();
  expect(await closed).toEqual({ code: CloseCode.updateRefused, reason: refusalReason(rule) });
  // A marker the same writer's fresh connection sends after the refusal arrives at the witness;
  // had the refused edit been relayed, it would have arrived before it.
  const again = await open(writer === witness ? workspace : await whoIs(writer));
  const marker = `marker-${Math.random()}`;
  boardCollection(again.doc, "clusters").set(marker, new Y.Map());
  await eventually(() => boardCollection(witness.doc, "clusters").has(marker), "marker arrives");
  expect(seen()).toBe(false);
}

const owners = new Map<TestClient, Person | Workspace>();
async function openAs(who: Person | Workspace): Promise<TestClient> {
  const client = await open(who);
  owners.set(client, who);
  return client;
}
async function whoIs(client: TestClient): Promise<Person | Workspace> {
  const who = owners.get(client);
  if (!who) throw new Error("unknown client");
  return who;
}

describe("notes", () => {
  it("keeps a note's text and deletion to its author, while anyone may move it", async () => {
    const forAnna = await openAs(anna);
    const forBruno = await openAs(bruno);
    const note = addNote(forBruno.doc, { text: "di Bruno", ...outside }, brunoAuthor());
    await eventually(() => readNote(forAnna.doc, note.id) !== null, "Bruno's note arrives");

    updateNote(forAnna.doc, note.id, { x: 10, y: 10 });
    await eventually(() => readNote(forBruno.doc, note.id)?.x === 10, "Anna's move arrives");

    await expectRefused(
      forAnna,
      forBruno,
      "not-author",
      () => updateNote(forAnna.doc, note.id, { text: "riscritto da Anna" }),
      () => readNote(forBruno.doc, note.id)?.text !== "di Bruno",
    );
    const again = await openAs(anna);
    await expectRefused(
      again,
      forBruno,
      "not-author",
      () => deleteNotes(again.doc, [note.id]),
      () => readNote(forBruno.doc, note.id) === null,
    );
    // Updates are on disk before they are relayed: the marker's arrival means the refused
    // edits, sent before it, would be there too.
    expect(await storedFilesContain(server.dataDir, "riscritto da Anna")).toBe(false);
    expect(await storedFilesContain(server.dataDir, "di Bruno")).toBe(true);
  });

  it("refuses a note attributed to another person, and takes one's own", async () => {
    const forAnna = await openAs(anna);
    const forBruno = await openAs(bruno);
    await expectRefused(
      forAnna,
      forBruno,
      "identity",
      () => addNote(forAnna.doc, { text: "firmata Bruno", ...outside }, brunoAuthor()),
      () => readNotes(forBruno.doc).some((note) => note.text === "firmata Bruno"),
    );
    const again = await openAs(anna);
    const own = addNote(again.doc, { text: "di Anna", ...outside }, annaAuthor());
    await eventually(() => readNote(forBruno.doc, own.id)?.text === "di Anna", "her note arrives");
    await expectRefused(
      again,
      forBruno,
      "immutable",
      () => {
        const fields = boardCollection(again.doc, "notes").get(own.id);
        if (fields instanceof Y.Map) fields.set("authorName", "Bruno Verdi");
      },
      () => readNote(forBruno.doc, own.id)?.authorName !== "Anna Rossi",
    );
  });
});

describe("locked frames", () => {
  it("lets nothing enter, leave or change inside a locked frame but for facilitators", async () => {
    const facilitator = await openAs(workspace);
    const control = await open(workspace, boardControlRoom(board.id));
    const [frame] = readFrames(facilitator.doc);
    if (!frame) throw new Error("the template has frames");
    const forAnna = await openAs(anna);
    const forBruno = await openAs(bruno);
    const inFrame = addNote(forAnna.doc, { text: "dentro", ...inside(frame) }, annaAuthor());
    const loose = addNote(forAnna.doc, { text: "fuori", ...outside }, annaAuthor());
    await eventually(() => readNotes(forBruno.doc).length === 2, "both notes arrive");

    setFrameLock(control.doc, frame.id, true);
    const annaControl = await open(anna, boardControlRoom(board.id));
    await eventually(() => readLocks(annaControl.doc).frames.has(frame.id), "the lock is stored");

    await expectRefused(
      forAnna,
      forBruno,
      "locked",
      () => updateNote(forAnna.doc, loose.id, inside(frame)),
      () => readNote(forBruno.doc, loose.id)?.x !== outside.x,
    );
    let again = await openAs(anna);
    await expectRefused(
      again,
      forBruno,
      "locked",
      () => updateNote(again.doc, inFrame.id, outside),
      () => readNote(forBruno.doc, inFrame.id)?.x === outside.x,
    );
    again = await openAs(anna);
    await expectRefused(
      again,
      forBruno,
      "locked",
      () => updateNote(again.doc, inFrame.id, { text: "cambiato" }),
      () => readNote(forBruno.doc, inFrame.id)?.text !== "dentro",
    );

    updateNote(facilitator.doc, inFrame.id, { text: "dalla facilitatrice" });
    await eventually(
      () => readNote(forBruno.doc, inFrame.id)?.text === "dalla facilitatrice",
      "the facilitator's edit arrives",
    );
  });
});

describe("frames and labels", () => {
  it("are the facilitator's", async () => {
    const facilitator = await openAs(workspace);
    const forAnna = await openAs(anna);
    const [frame] = readFrames(forAnna.doc);
    if (!frame) throw new Error("the template has frames");
    await expectRefused(
      forAnna,
      facilitator,
      "facilitators-only",
      () => updateFrame(forAnna.doc, frame.id, { title: "Rinominato" }),
      () => readFrames(facilitator.doc).some((f) => f.title === "Rinominato"),
    );
    const again = await openAs(anna);
    await expectRefused(
      again,
      facilitator,
      "facilitators-only",
      () => addLabel(again.doc, { text: "Etichetta di Anna", x: 0, y: 0 }),
      () => readLabels(facilitator.doc).some((label) => label.text === "Etichetta di Anna"),
    );
    const reopened = await openAs(anna);
    updateFrame(facilitator.doc, frame.id, { title: "Nuovo titolo" });
    await eventually(
      () => readFrames(reopened.doc).some((f) => f.title === "Nuovo titolo"),
      "the facilitator's rename arrives",
    );
  });
});

describe("presence", () => {
  it("shows the connection's person, whoever the state claims to be", async () => {
    const forAnna = await openAs(anna);
    const forBruno = await openAs(bruno);
    forAnna.provider.awareness.setLocalState({
      user: {
        personId: bruno.personId,
        name: "La facilitatrice",
        color: "#000",
        organisationId: null,
      },
      cursor: null,
    });
    const annaAsSeen = () =>
      forBruno.provider.awareness.getStates().get(forAnna.doc.clientID) as
        | { user?: { personId?: string; name?: string; organisationId?: string | null } }
        | undefined;
    await eventually(() => annaAsSeen()?.user !== undefined, "Anna's presence arrives");
    expect(annaAsSeen()?.user).toMatchObject({
      personId: anna.personId,
      name: "Anna Rossi",
      organisationId: coop,
    });
  });
});
