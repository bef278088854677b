import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addConnector, connectorLine, deleteConnector, readConnectors } from "./connectors.ts";
import { addNote, deleteNotes } from "./notes.ts";
import { ANNA, sequentialIds } from "./test-support.ts";

function twoNotes() {
  const doc = new Y.Doc();
  const ids = sequentialIds("n");
  addNote(doc, { text: "causa", x: 0, y: 0 }, ANNA, { newId: ids });
  addNote(doc, { text: "effetto", x: 400, y: 0 }, ANNA, { newId: ids });
  return doc;
}

describe("connectors", () => {
  it("join two existing notes and refuse loops or missing ends", () => {
    const doc = twoNotes();
    expect(addConnector(doc, { from: "n-1", to: "n-2" }, { newId: () => "c1" })).toMatchObject({
      id: "c1",
      label: "",
    });
    expect(addConnector(doc, { from: "n-1", to: "n-1" })).toBeNull();
    expect(addConnector(doc, { from: "n-1", to: "gone" })).toBeNull();
    expect(readConnectors(doc).map((c) => c.id)).toEqual(["c1"]);
    deleteConnector(doc, "c1");
    expect(readConnectors(doc)).toEqual([]);
  });

  it("disappear with a note they touch", () => {
    const doc = twoNotes();
    addConnector(doc, { from: "n-1", to: "n-2" });
    deleteNotes(doc, ["n-2"]);
    expect(readConnectors(doc)).toEqual([]);
  });
});

describe("connectorLine", () => {
  it("runs from border to border along the line between the centres", () => {
    const line = connectorLine({ x: 0, y: 0, w: 200, h: 100 }, { x: 400, y: 0, w: 200, h: 100 });
    expect(line).toEqual({ from: { x: 200, y: 50 }, to: { x: 400, y: 50 } });
  });

  it("leaves a rectangle through the side the other one lies beyond", () => {
    const line = connectorLine({ x: 0, y: 0, w: 100, h: 100 }, { x: 0, y: 300, w: 100, h: 100 });
    expect(line).toEqual({ from: { x: 50, y: 100 }, to: { x: 50, y: 300 } });
    const diagonal = connectorLine(
      { x: 0, y: 0, w: 100, h: 100 },
      { x: 200, y: 200, w: 100, h: 100 },
    );
    expect(diagonal).toEqual({ from: { x: 100, y: 100 }, to: { x: 200, y: 200 } });
  });

  it("is null for overlapping items, where no arrow can be seen", () => {
    expect(
      connectorLine({ x: 0, y: 0, w: 200, h: 200 }, { x: 50, y: 50, w: 200, h: 200 }),
    ).toBeNull();
  });
});
