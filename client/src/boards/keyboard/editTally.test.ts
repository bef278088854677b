import { addNote, boardCollection, deleteNotes, updateNote } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EditTally } from "./editTally.ts";

const ANNA = { personId: "anna", displayName: "Anna", organisationId: null };

/** Two replicas: edits made on `theirs` arrive on `mine` as remote transactions. */
function pair() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  theirs.on("update", (update: Uint8Array) => Y.applyUpdate(mine, update, "remote"));
  const tally = new EditTally();
  boardCollection(mine, "notes").observeDeep((events, transaction) =>
    tally.record(events, transaction.local),
  );
  return { mine, theirs, tally };
}

describe("the tally of others' edits", () => {
  it("counts notes others added, changed and deleted, each note once", () => {
    const { theirs, tally } = pair();
    const a = addNote(theirs, { text: "uno", x: 0, y: 0 }, ANNA);
    const b = addNote(theirs, { text: "due", x: 300, y: 0 }, ANNA);
    expect(tally.take()).toEqual({ added: 2, changed: 0, removed: 0 });
    updateNote(theirs, a.id, { text: "uno!" });
    updateNote(theirs, a.id, { x: 10 });
    deleteNotes(theirs, [b.id]);
    expect(tally.take()).toEqual({ added: 0, changed: 1, removed: 1 });
    expect(tally.take()).toBeNull();
  });

  it("says nothing of one's own edits", () => {
    const { mine, tally } = pair();
    addNote(mine, { text: "mia", x: 0, y: 0 }, ANNA);
    expect(tally.take()).toBeNull();
  });
});
