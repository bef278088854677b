import { describe, expect, it } from "vitest";
import { noteAccessibleLabel } from "./accessible-label.ts";
import { keyboardOrder, stepInOrder } from "./navigation.ts";
import { readNote } from "./notes.ts";
import { COUNTS, workshopBoard } from "./output-fixture.ts";
import { readBoard } from "./snapshot.ts";

describe("keyboard order", () => {
  it("walks frame by frame in reading order, then the loose notes", () => {
    const board = readBoard(workshopBoard());
    const order = keyboardOrder(board.notes, board.frames).map((note) => note.id);
    expect(order).toEqual(["b1", "b2", "b3", "hidden", "r1", "r2", "x1"]);
  });

  it("steps forwards and backwards and stops at the ends", () => {
    const order = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(stepInOrder(order, null, 1)).toBe("a");
    expect(stepInOrder(order, null, -1)).toBe("c");
    expect(stepInOrder(order, "a", 1)).toBe("b");
    expect(stepInOrder(order, "b", -1)).toBe("a");
    expect(stepInOrder(order, "c", 1)).toBeNull();
    expect(stepInOrder(order, "gone", 1)).toBe("a");
    expect(stepInOrder([], null, 1)).toBeNull();
  });
});

describe("accessible label of a note", () => {
  const doc = workshopBoard();

  it("says who wrote it, for which organisation, what it says and its votes", () => {
    const note = readNote(doc, "b1");
    if (!note) throw new Error("fixture");
    expect(
      noteAccessibleLabel(note, { organisationName: "Cooperativa Meta", votes: COUNTS.b1 ?? 0 }),
    ).toBe("Nota di Anna Rossi (Cooperativa Meta): Alloggi sfitti, 2 voti");
    expect(
      noteAccessibleLabel(note, {
        organisationName: null,
        votes: 1,
        frameTitle: "Bisogni",
        clusterName: "Casa",
        lang: "en",
      }),
    ).toBe("Note by Anna Rossi: Alloggi sfitti, in frame «Bisogni», group «Casa», 1 vote");
    expect(noteAccessibleLabel(note, { organisationName: null, votes: null })).toBe(
      "Nota di Anna Rossi: Alloggi sfitti",
    );
  });

  it("reveals nothing of a hidden card but its author", () => {
    const hidden = readNote(doc, "hidden");
    if (!hidden) throw new Error("fixture");
    expect(noteAccessibleLabel(hidden, { organisationName: "Cooperativa Meta", votes: 3 })).toBe(
      "Nota nascosta di Anna Rossi (Cooperativa Meta): scrittura individuale in corso",
    );
  });

  it("shortens long text and names empty notes", () => {
    const note = readNote(doc, "b1");
    if (!note) throw new Error("fixture");
    const long = noteAccessibleLabel(
      { ...note, text: `${"parola ".repeat(60)}\n fine` },
      { organisationName: null, votes: null },
    );
    expect(long.length).toBeLessThan(240);
    expect(long.endsWith("…")).toBe(true);
    expect(noteAccessibleLabel({ ...note, text: "  " }, { organisationName: null, votes: 0 })).toBe(
      "Nota vuota di Anna Rossi, 0 voti",
    );
  });
});
