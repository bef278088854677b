import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { notesToCsv } from "./export-csv.ts";
import { addFrame, frameOf, moveFrame, readFrames } from "./frames.ts";
import { addNote, readNote } from "./notes.ts";
import { readBoard } from "./snapshot.ts";
import { ANNA } from "./test-support.ts";

/** A 2×2 matrix of 800×600 quadrants with one note near the matrix centre, in "Alto". */
function matrix() {
  const doc = new Y.Doc();
  const quadrant = (id: string, x: number, y: number) =>
    addFrame(doc, { title: id, x, y, w: 800, h: 600 }, { newId: () => id });
  quadrant("Alto", 0, 0);
  quadrant("Destra", 800, 0);
  quadrant("Basso", 0, 600);
  quadrant("Fondo", 800, 600);
  addNote(doc, { text: "vicino al centro", x: 560, y: 400 }, ANNA, { newId: () => "n1" });
  return doc;
}

describe("a frame dropped across other frames", () => {
  it("does not take the notes sitting in the quadrants it overlaps", () => {
    const doc = matrix();
    addFrame(doc, { title: "Nuovo", x: 440, y: 360, w: 720, h: 480 }, { newId: () => "new" });
    const note = readNote(doc, "n1");
    expect(note && frameOf(note, readFrames(doc))?.id).toBe("Alto");
  });

  it("gives the same answer whatever order the frames are read in", () => {
    const doc = matrix();
    addFrame(doc, { title: "Nuovo", x: 440, y: 360, w: 720, h: 480 }, { newId: () => "new" });
    const note = readNote(doc, "n1");
    const frames = readFrames(doc);
    expect(note && frameOf(note, [...frames].reverse())?.id).toBe("Alto");
  });

  it("still gives a frame drawn wholly inside a quadrant the notes on it", () => {
    const doc = matrix();
    addFrame(doc, { title: "Dentro", x: 400, y: 300, w: 390, h: 290 }, { newId: () => "in" });
    const note = readNote(doc, "n1");
    expect(note && frameOf(note, readFrames(doc))?.id).toBe("in");
  });

  it("leaves the quadrant's notes behind when it is moved", () => {
    const doc = matrix();
    addFrame(doc, { title: "Nuovo", x: 440, y: 360, w: 720, h: 480 }, { newId: () => "new" });
    moveFrame(doc, "new", 2000, 0);
    expect(readNote(doc, "n1")).toMatchObject({ x: 560, y: 400 });
  });

  it("keeps the note in its quadrant in the CSV export", () => {
    const doc = matrix();
    addFrame(doc, { title: "Nuovo", x: 440, y: 360, w: 720, h: 480 }, { newId: () => "new" });
    const csv = notesToCsv(readBoard(doc), { organisations: new Map() });
    expect(csv.split("\r\n")[1]).toContain("vicino al centro");
    expect(csv.split("\r\n")[1]).toContain("Alto");
    expect(csv).not.toContain("Nuovo");
  });
});
