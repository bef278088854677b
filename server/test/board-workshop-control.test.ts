import {
  boardControlRoom,
  readAnonymity,
  readSummon,
  setTimer,
  summonEveryone,
  type WorkspaceRoom,
  writeAnonymity,
  writeTimer,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBoard, openBoardRoom } from "./helpers/boards.ts";
import { eventually, type TestClient } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

type Person = Awaited<ReturnType<typeof invitePerson>>;

let server: TestServer;
let workspace: Workspace;
let board: WorkspaceRoom;
let anna: Person;
const clients: TestClient[] = [];

const open = (who: Person | Workspace) =>
  openBoardRoom(server.wsUrl, who.api, board.id, boardControlRoom(board.id), clients);
const summon = (doc: TestClient["doc"], personId: string, id: string) =>
  summonEveryone(
    doc,
    { personId, name: "Chi chiama" },
    { viewport: { x: 0, y: 0, zoom: 1 }, size: { w: 800, h: 600 } },
    { holdMs: 5000, now: Date.now(), id },
  );

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  const coop = (await addOrganisation(workspace)).id;
  anna = await invitePerson(workspace, "referente", "Anna Rossi", coop);
  board = await createBoard(workspace, "risorse-potenzialita");
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

describe("workshop controls: summons and anonymous mode", () => {
  it("a partner's raw attempt to summon everyone or hide authors is neither stored nor relayed", async () => {
    const facilitator = await open(workspace);
    const partner = await open(anna);
    summon(partner.doc, anna.personId, "from-partner");
    writeAnonymity(partner.doc, { active: true, keepAfter: true }, Date.now());
    // A later, legal facilitator edit arrives at the partner: what the partner wrote before
    // it would have arrived first, had the server relayed it.
    writeTimer(facilitator.doc, setTimer(60_000));
    await eventually(
      () => facilitator.doc.getMap("control").get("timer") !== undefined,
      "facilitator's own timer",
    );
    const fresh = await open(workspace);
    await eventually(() => fresh.doc.getMap("control").has("timer"), "fresh client loaded");
    expect(readSummon(fresh.doc)).toBeNull();
    expect(readAnonymity(fresh.doc)).toBeNull();
    expect(readSummon(facilitator.doc)).toBeNull();
  });

  it("a facilitator's summons and anonymous mode reach the partner", async () => {
    const facilitator = await open(workspace);
    const partner = await open(anna);
    summon(facilitator.doc, "facilitatore", "s1");
    writeAnonymity(facilitator.doc, { active: true, keepAfter: false }, Date.now());
    await eventually(() => readSummon(partner.doc)?.id === "s1", "summons relayed");
    await eventually(() => readAnonymity(partner.doc)?.active === true, "anonymity relayed");
  });
});
