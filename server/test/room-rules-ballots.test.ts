import {
  BALLOTS_MAP,
  boardControlRoom,
  boardOrganisationRoom,
  boardPrivateRoom,
  CloseCode,
  currentVote,
  type OpenVote,
  openVote,
  refusalReason,
  type VoteSession,
  type WorkspaceRoom,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBoard, openBoardRoom } from "./helpers/boards.ts";
import { eventually, type TestClient } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { nextClose } from "./helpers/room-rules.ts";
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

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  organisationId = (await addOrganisation(workspace)).id;
  anna = await invitePerson(workspace, "referente", "Anna Rossi", organisationId);
  bruno = await invitePerson(workspace, "redattore", "Bruno Verdi", organisationId);
  board = await createBoard(workspace);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/** Opens a vote from the facilitator's control room and waits until the server has it. */
async function startVote(input: OpenVote): Promise<VoteSession> {
  const control = await open(workspace, boardControlRoom(board.id));
  const session = openVote(control.doc, input, "facilitatore");
  if (!session) throw new Error("vote did not open");
  const witness = await open(anna, boardControlRoom(board.id));
  await eventually(() => currentVote(witness.doc)?.id === session.id, "the server has the vote");
  return session;
}

/** Writes a raw dot, as a modified client could, bypassing placeDot's checks. */
function rawDot(client: TestClient, id: string, session: VoteSession, voterId: string): void {
  client.doc.getMap<unknown>(BALLOTS_MAP).set(id, {
    voteId: session.id,
    noteId: "nota1",
    voterId,
    placedAt: new Date().toISOString(),
  });
}

/** `writer`'s dot in someone else's name is refused; a later legal dot of theirs reaches `witness` without it. */
async function expectRefusedDot(
  who: Person,
  room: string,
  witness: TestClient,
  session: VoteSession,
  impersonated: string,
): Promise<void> {
  const writer = await open(who, room);
  const closed = nextClose(writer);
  rawDot(writer, "falso", session, impersonated);
  expect(await closed).toEqual({
    code: CloseCode.updateRefused,
    reason: refusalReason("identity"),
  });
  rawDot(await open(who, room), "legale", session, who.personId);
  await eventually(() => witness.doc.getMap(BALLOTS_MAP).has("legale"), "a later dot arrives");
  expect(witness.doc.getMap(BALLOTS_MAP).has("falso")).toBe(false);
}

describe("ballots in private and organisation rooms", () => {
  it("keeps a personal ballot's dots the connection's person's, within the vote's dots", async () => {
    const session = await startVote({
      scope: { kind: "board" },
      mode: "persona",
      votesPerBallot: 2,
    });
    const room = boardPrivateRoom(board.id, anna.personId);
    const witness = await open(anna, room);
    await expectRefusedDot(anna, room, witness, session, bruno.personId);

    // Two dots at once where one is left: the whole update is refused.
    const greedy = await open(anna, room);
    const closed = nextClose(greedy);
    greedy.doc.transact(() => {
      rawDot(greedy, "secondo", session, anna.personId);
      rawDot(greedy, "terzo", session, anna.personId);
    });
    expect(await closed).toEqual({
      code: CloseCode.updateRefused,
      reason: refusalReason("vote-budget"),
    });
    const fresh = await open(anna, room);
    expect([...fresh.doc.getMap(BALLOTS_MAP).keys()]).toEqual(["legale"]);
  });

  it("keeps an organisation's ballot to each member's own dots", async () => {
    const session = await startVote({
      scope: { kind: "board" },
      mode: "organizzazione",
      votesPerBallot: 3,
    });
    const room = boardOrganisationRoom(board.id, organisationId);
    const witness = await open(anna, room);
    await expectRefusedDot(bruno, room, witness, session, anna.personId);
  });

  it("refuses dots once the vote is closed", async () => {
    const session = await startVote({
      scope: { kind: "board" },
      mode: "persona",
      votesPerBallot: 2,
    });
    await workspace.api.ok("POST", `/api/boards/${board.id}/votes/close`, {});
    const room = boardPrivateRoom(board.id, anna.personId);
    const writer = await open(anna, room);
    const closed = nextClose(writer);
    rawDot(writer, "tardivo", session, anna.personId);
    expect(await closed).toEqual({
      code: CloseCode.updateRefused,
      reason: refusalReason("vote-budget"),
    });
  });
});
