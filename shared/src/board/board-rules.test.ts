import { describe, expect, it } from "vitest";
import { type BoardRecordEdit, type BoardRuleActor, checkBoardEdit } from "./board-rules.ts";
import type { BoardFrame } from "./frames.ts";
import { NO_LOCKS } from "./permissions.ts";

const anna: BoardRuleActor = {
  personId: "anna",
  displayName: "Anna",
  organisationId: "coop",
  role: "redattore",
};
const facilitator: BoardRuleActor = { ...anna, personId: "fac", role: "facilitatore" };
const frame: BoardFrame = {
  id: "f",
  title: "F",
  prompt: "",
  x: 0,
  y: 0,
  w: 1000,
  h: 1000,
  colour: null,
};
const note = (fields: Record<string, unknown> = {}) => ({
  authorId: "bruno",
  authorName: "Bruno",
  organisationId: "coop",
  createdAt: "2026-01-01T00:00:00.000Z",
  text: "testo",
  x: 5000,
  y: 5000,
  w: 200,
  h: 160,
  ...fields,
});
const edit = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  changed: string[],
  collection = "notes",
): BoardRecordEdit => ({ collection, id: "n", before, after, changed: new Set(changed) });
const open = { locks: NO_LOCKS, frames: [frame] };
const locked = { locks: { board: false, frames: new Set(["f"]) }, frames: [frame] };

describe("checkBoardEdit", () => {
  it("lets anyone move a note outside locked frames, only its author change its text", () => {
    expect(checkBoardEdit(anna, edit(note(), note({ x: 10 }), ["x"]), open)).toBeNull();
    expect(checkBoardEdit(anna, edit(note(), note({ text: "mio" }), ["text"]), open)).toBe(
      "not-author",
    );
    expect(checkBoardEdit(anna, edit(note(), null, []), open)).toBe("not-author");
    expect(checkBoardEdit(facilitator, edit(note(), null, []), open)).toBeNull();
  });

  it("lets nothing enter, leave or change inside a locked frame, but for facilitators", () => {
    expect(checkBoardEdit(anna, edit(note(), note({ x: 10, y: 10 }), ["x", "y"]), locked)).toBe(
      "locked",
    );
    const mine = note({ authorId: "anna", authorName: "Anna", x: 10, y: 10 });
    expect(checkBoardEdit(anna, edit(mine, { ...mine, x: 5000 }, ["x"]), locked)).toBe("locked");
    expect(checkBoardEdit(anna, edit(mine, { ...mine, text: "x" }, ["text"]), locked)).toBe(
      "locked",
    );
    expect(checkBoardEdit(facilitator, edit(mine, { ...mine, x: 5000 }, ["x"]), locked)).toBeNull();
  });

  it("takes a new note only in the connection's name, and never changes authorship", () => {
    const own = note({ authorId: "anna", authorName: "Anna" });
    expect(checkBoardEdit(anna, edit(null, own, Object.keys(own)), open)).toBeNull();
    expect(checkBoardEdit(anna, edit(null, note(), Object.keys(own)), open)).toBe("identity");
    expect(checkBoardEdit(facilitator, edit(null, note(), ["text"]), open)).toBe("identity");
    expect(
      checkBoardEdit(facilitator, edit(note(), note({ authorId: "x" }), ["authorId"]), open),
    ).toBe("immutable");
  });

  it("keeps frames, labels and the template to facilitators", () => {
    for (const collection of ["frames", "labels", "meta", "other"]) {
      expect(checkBoardEdit(anna, edit(null, {}, ["title"], collection), open)).toBe(
        "facilitators-only",
      );
      expect(checkBoardEdit(facilitator, edit(null, {}, ["title"], collection), open)).toBeNull();
    }
  });
});
