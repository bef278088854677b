import { describe, expect, it } from "vitest";
import type { BoardFrame } from "./frames.ts";
import { isNoteInVoteScope, voteScopeFrame } from "./vote-scope.ts";

const frames: BoardFrame[] = [
  { id: "idee", title: "Idee", prompt: "", x: 0, y: 0, w: 600, h: 400, colour: null },
  { id: "rischi", title: "Rischi", prompt: "", x: 700, y: 0, w: 600, h: 400, colour: null },
];
const note = (x: number, y: number, hidden = false) => ({ x, y, w: 200, h: 160, hidden });
const onIdee = { kind: "frame", frameId: "idee" } as const;

describe("which notes a vote is on", () => {
  it("takes every visible note in a board vote, never a hidden card", () => {
    expect(isNoteInVoteScope({ kind: "board" }, note(2000, 2000), frames)).toBe(true);
    expect(isNoteInVoteScope({ kind: "board" }, note(10, 10, true), frames)).toBe(false);
  });

  it("takes in a frame vote only the notes whose centre lies in that frame", () => {
    expect(isNoteInVoteScope(onIdee, note(10, 10), frames)).toBe(true);
    // Half over the right edge, centre still inside (500 + 100 = 600).
    expect(isNoteInVoteScope(onIdee, note(500, 10), frames)).toBe(true);
    expect(isNoteInVoteScope(onIdee, note(520, 10), frames)).toBe(false);
    expect(isNoteInVoteScope(onIdee, note(720, 10), frames)).toBe(false);
    expect(isNoteInVoteScope(onIdee, note(10, 10, true), frames)).toBe(false);
  });

  it("takes no note once the frame voted on is deleted", () => {
    expect(isNoteInVoteScope(onIdee, note(10, 10), frames.slice(1))).toBe(false);
    expect(voteScopeFrame(onIdee, frames.slice(1))).toBeNull();
  });

  it("names the frame voted on", () => {
    expect(voteScopeFrame(onIdee, frames)?.title).toBe("Idee");
    expect(voteScopeFrame({ kind: "board" }, frames)).toBeNull();
  });
});
