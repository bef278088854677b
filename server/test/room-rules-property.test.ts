import {
  addNote,
  type BoardFrame,
  boardControlRoom,
  CloseCode,
  deleteNotes,
  readFrames,
  readLocks,
  readNote,
  readNotes,
  setFrameLock,
  updateFrame,
  updateNote,
} from "@tavolo/shared";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoard, openBoardRoom } from "./helpers/boards.ts";
import { eventually, type TestClient } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { nextClose } from "./helpers/room-rules.ts";
import { Workspace } from "./helpers/workspace.ts";

/**
 * Random sequences of legal and illegal board edits, each from a raw Yjs client of a partner:
 * the server must refuse every illegal one (closing its sender with updateRefused) and take
 * every legal one, so at the end a facilitator's copy holds exactly the legal edits.
 */
type Person = Awaited<ReturnType<typeof invitePerson>>;
type Who = "anna" | "bruno";

let server: TestServer;
let workspace: Workspace;
let coop: string;
const people = {} as Record<Who, Person>;
const names: Record<Who, string> = { anna: "Anna Rossi", bruno: "Bruno Verdi" };
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  coop = (await addOrganisation(workspace)).id;
  people.anna = await invitePerson(workspace, "referente", names.anna, coop);
  people.bruno = await invitePerson(workspace, "redattore", names.bruno, coop);
});
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

const authorOf = (who: Who) => ({
  personId: people[who].personId,
  displayName: names[who],
  organisationId: coop,
});

type Op =
  | { kind: "create"; actor: Who; as: Who }
  | { kind: "move"; actor: Who; note: number; into: "free" | "locked" }
  | { kind: "text"; actor: Who; note: number }
  | { kind: "delete"; actor: Who; note: number }
  | { kind: "frame"; actor: Who };

const who = fc.constantFrom<Who>("anna", "bruno");
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), actor: who, as: who }),
  fc.record({
    kind: fc.constant("move" as const),
    actor: who,
    note: fc.nat(20),
    into: fc.constantFrom<"free" | "locked">("free", "locked"),
  }),
  fc.record({ kind: fc.constant("text" as const), actor: who, note: fc.nat(20) }),
  fc.record({ kind: fc.constant("delete" as const), actor: who, note: fc.nat(20) }),
  fc.record({ kind: fc.constant("frame" as const), actor: who }),
);

interface ModelNote {
  id: string;
  owner: Who;
  text: string;
  x: number;
  inLocked: boolean;
}

describe("room rules under random edits", () => {
  it("store every legal edit and no illegal one", { timeout: 240_000 }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
        run++;
        const board = await createBoard(workspace, "risorse-potenzialita");
        const open = (as: Person | Workspace, room = board.id) =>
          openBoardRoom(server.wsUrl, as.api, board.id, room, clients);
        const witness = await open(workspace);
        const [locked] = readFrames(witness.doc);
        if (!locked) throw new Error("the template has frames");
        const free = (x: number) => ({ x: 20_000 + x, y: 20_000 });
        const lockedAt = (x: number) => ({ x: locked.x + 10 + (x % 20), y: locked.y + 10 });
        const model: ModelNote[] = [];

        // One note of each partner inside the frame before it is locked.
        for (const owner of ["anna", "bruno"] as const) {
          const client = await open(people[owner]);
          const note = addNote(
            client.doc,
            { text: `${owner}-${run}`, ...lockedAt(0) },
            authorOf(owner),
          );
          model.push({ id: note.id, owner, text: note.text, x: note.x, inLocked: true });
        }
        const control = await open(workspace, boardControlRoom(board.id));
        setFrameLock(control.doc, locked.id, true);
        const reader = await open(people.anna, boardControlRoom(board.id));
        await eventually(() => readLocks(reader.doc).frames.has(locked.id), "lock stored");

        for (const [step, next] of ops.entries()) {
          const client = await open(people[next.actor]);
          const outcome = apply(client, next, step, model, { free, lockedAt, locked });
          if (outcome === "skip") continue;
          if (outcome === "illegal") {
            expect(await nextClose(client)).toMatchObject({ code: CloseCode.updateRefused });
            continue;
          }
          await eventually(() => matches(witness, model, outcome), `step ${step} arrives`);
        }
        expect(
          readNotes(witness.doc)
            .map((note) => note.id)
            .sort(),
        ).toEqual(model.map((note) => note.id).sort());
        for (const note of model) expect(matches(witness, model, note.id)).toBe(true);
        expect(readFrames(witness.doc).map((frame) => frame.title)).not.toContain("rinominato");
      }),
      { numRuns: 10 },
    );
  });
});

/**
 * Makes one edit on `client` and updates the model if it is legal. Returns "illegal", "skip"
 * (nothing to act on) or the id of the note whose new state should arrive.
 */
function apply(
  client: TestClient,
  next: Op,
  step: number,
  model: ModelNote[],
  places: {
    free: (x: number) => { x: number; y: number };
    lockedAt: (x: number) => { x: number; y: number };
    locked: BoardFrame;
  },
): "illegal" | "skip" | string {
  if (next.kind === "frame") {
    updateFrame(client.doc, places.locked.id, { title: "rinominato" });
    return "illegal";
  }
  if (next.kind === "create") {
    const note = addNote(
      client.doc,
      { text: `new-${step}`, ...places.free(step) },
      authorOf(next.as),
    );
    if (next.as !== next.actor) return "illegal";
    model.push({ id: note.id, owner: next.as, text: note.text, x: note.x, inLocked: false });
    return note.id;
  }
  const target = model[next.note % Math.max(model.length, 1)];
  if (!target) return "skip";
  if (next.kind === "move") {
    const place = next.into === "free" ? places.free(step) : places.lockedAt(step);
    if (readNote(client.doc, target.id)?.x === place.x) return "skip";
    updateNote(client.doc, target.id, place);
    if (target.inLocked || next.into === "locked") return "illegal";
    target.x = place.x;
    return target.id;
  }
  const legal = target.owner === next.actor && !target.inLocked;
  if (next.kind === "text") {
    updateNote(client.doc, target.id, { text: `text-${step}` });
    if (!legal) return "illegal";
    target.text = `text-${step}`;
    return target.id;
  }
  deleteNotes(client.doc, [target.id]);
  if (!legal) return "illegal";
  model.splice(model.indexOf(target), 1);
  return target.id;
}

/** The witness holds `id` as the model says (or no longer holds it, if the model dropped it). */
function matches(witness: TestClient, model: readonly ModelNote[], id: string): boolean {
  const expected = model.find((note) => note.id === id);
  const actual = readNote(witness.doc, id);
  if (!expected) return actual === null;
  return actual !== null && actual.text === expected.text && actual.x === expected.x;
}
