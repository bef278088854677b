/**
 * What checking each update against a room's rules costs the server, measured in-process so
 * the figure is not lost in the noise of a shared machine: for each workload, the same updates
 * are applied to two copies of the same room, one trusting them (`Y.applyUpdate` only, what the
 * room did before) and one checking each first (`checkUpdate`, then `Y.applyUpdate`).
 *
 *   node --import tsx server/bench/validation/run.ts [--updates=N]
 */
import {
  addFrame,
  addNote,
  createThread,
  documentContent,
  type NoteAuthor,
  replyToThread,
  updateNote,
} from "@tavolo/shared";
import * as Y from "yjs";
import type { Peer } from "../../src/sync/peer.ts";
import { boardRoomRules } from "../../src/sync/rules/board-room-rules.ts";
import { documentRoomRules } from "../../src/sync/rules/document-room-rules.ts";
import {
  checkUpdate,
  type LoadedRules,
  type RoomActor,
  type RoomRules,
} from "../../src/sync/rules/room-rules.ts";

const updatesArg = process.argv.find((arg) => arg.startsWith("--updates="));
const UPDATES = updatesArg ? Number(updatesArg.slice("--updates=".length)) : 5_000;

const CHUNK = 50;

const actor: RoomActor = {
  personId: "anna",
  displayName: "Anna",
  role: "redattore",
  organisationId: "coop",
};
const author: NoteAuthor = { personId: "anna", displayName: "Anna", organisationId: "coop" };
const peer: Peer = {
  id: "bench",
  personId: "anna",
  readOnly: false,
  send: () => undefined,
  close: () => undefined,
};

interface Scenario {
  name: string;
  rules: RoomRules;
  /** Builds the room (the server's copy) and the client edits, one update each. */
  prepare(client: Y.Doc): (index: number) => void;
}

const scenarios: Scenario[] = [
  {
    name: "stamped (fan-out, many-writers): array push in a document room",
    rules: documentRoomRules(),
    prepare: (client) => (index) =>
      client.getArray<number[]>("stamps").push([[0, index, performance.now()]]),
  },
  {
    name: "keystroke in a 20,000-character text",
    rules: documentRoomRules(),
    prepare: (client) => {
      const node = new Y.XmlText();
      documentContent(client).insert(0, [node]);
      node.insert(0, "x".repeat(20_000));
      return (index) => node.insert(10_000 + (index % 100), "a");
    },
  },
  {
    name: "reply in a document with 200 comment threads",
    rules: documentRoomRules(),
    prepare: (client) => {
      const anchor = { start: new Uint8Array([1]), end: new Uint8Array([1]) };
      const person = { personId: "anna", name: "Anna", organisationId: "coop" };
      const ids = Array.from({ length: 200 }, () =>
        createThread(client, {
          anchor,
          quote: "",
          sectionKey: null,
          author: person,
          body: "Commento",
          mentions: [],
        }),
      );
      return (index) =>
        replyToThread(client, ids[index % ids.length] ?? "", {
          author: person,
          body: "Risposta",
          mentions: [],
        });
    },
  },
  {
    name: "note move on a 2,000-note board with 12 frames",
    rules: boardRoomRules(() => null),
    prepare: (client) => {
      for (let f = 0; f < 12; f++) {
        addFrame(client, { title: `F${f}`, x: f * 1000, y: 0, w: 900, h: 900 });
      }
      const notes = Array.from(
        { length: 2000 },
        (_, n) => addNote(client, { text: `n${n}`, x: (n % 60) * 210, y: 1000 + n }, author).id,
      );
      return (index) =>
        updateNote(client, notes[index % notes.length] ?? "", { x: index % 5000, y: 2000 });
    },
  },
];

function run(scenario: Scenario): void {
  const client = new Y.Doc();
  const edit = scenario.prepare(client);
  const initial = Y.encodeStateAsUpdate(client);
  const updates: Uint8Array[] = [];
  client.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < UPDATES; i++) edit(i);

  const trusting = new Y.Doc();
  const checking = new Y.Doc();
  Y.applyUpdate(trusting, initial);
  Y.applyUpdate(checking, initial);
  const loaded: LoadedRules = {
    rules: scenario.rules,
    actorOf: () => actor,
    release: () => undefined,
  };

  // Alternating chunks, so warm-up and the machine's other load fall on both alike.
  let applyMs = 0;
  let checkedMs = 0;
  let refused = 0;
  for (let from = 0; from < updates.length; from += CHUNK) {
    const chunk = updates.slice(from, from + CHUNK);
    let started = performance.now();
    for (const update of chunk) Y.applyUpdate(trusting, update);
    applyMs += performance.now() - started;
    started = performance.now();
    for (const update of chunk) {
      if (checkUpdate(checking, update, peer, loaded)) refused++;
      else Y.applyUpdate(checking, update);
    }
    checkedMs += performance.now() - started;
  }
  const perUpdate = (ms: number) => ((ms * 1000) / updates.length).toFixed(1);
  console.log(
    `| ${scenario.name} | ${updates.length} | ${perUpdate(applyMs)} | ${perUpdate(checkedMs)} | ${(checkedMs / applyMs).toFixed(2)}× | ${refused} |`,
  );
}

console.log("| workload | updates | apply µs/update | check + apply µs/update | ratio | refused |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const scenario of scenarios) run(scenario);
