import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  authorsHidden,
  boardWithAuthorsHidden,
  readAnonymity,
  withAuthorsHidden,
  writeAnonymity,
} from "./anonymity.ts";
import { addNote, readNotes } from "./notes.ts";

const notes = [{ id: "a", authorName: "Anna Rossi", organisationId: "coop" }];

describe("anonymous mode", () => {
  it("hides authors while active and, when chosen, after the activity", () => {
    const control = new Y.Doc();
    expect(authorsHidden(readAnonymity(control))).toBe(false);
    writeAnonymity(control, { active: true, keepAfter: false }, 0);
    expect(authorsHidden(readAnonymity(control))).toBe(true);
    writeAnonymity(control, { active: false, keepAfter: true }, 1000);
    expect(readAnonymity(control)).toEqual({
      active: false,
      keepAfter: true,
      since: new Date(0).toISOString(),
    });
    expect(authorsHidden(readAnonymity(control))).toBe(true);
    writeAnonymity(control, { active: false, keepAfter: false }, 2000);
    expect(readAnonymity(control)).toBeNull();
  });

  it("replaces every name and organisation, and leaves the items alone otherwise", () => {
    expect(withAuthorsHidden(notes, true, "it")).toEqual([
      { id: "a", authorName: "Nome nascosto", organisationId: null },
    ]);
    expect(withAuthorsHidden(notes, false)).toEqual(notes);
    expect(notes[0]?.authorName).toBe("Anna Rossi");
  });
});

describe("exports with authors hidden", () => {
  it("read a detached copy in which no note names its author", () => {
    const board = new Y.Doc();
    const author = { personId: "anna", displayName: "Anna Rossi", organisationId: "coop" };
    addNote(board, { text: "Alloggi sfitti", x: 0, y: 0 }, author, { newId: () => "n1" });
    const copy = boardWithAuthorsHidden(board, "it");
    expect(readNotes(copy)).toMatchObject([
      { id: "n1", text: "Alloggi sfitti", authorName: "Nome nascosto", organisationId: null },
    ]);
    expect(JSON.stringify(copy.toJSON())).not.toContain("Anna Rossi");
    expect(readNotes(board)[0]?.authorName).toBe("Anna Rossi");
  });
});
