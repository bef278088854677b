import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardCollection } from "./board-shape.ts";
import { createCluster, readClusters } from "./clusters.ts";
import { addConnector, readConnectors } from "./connectors.ts";
import { addNote, deleteNotes, readNote, readNoteShape, readNotes, updateNote } from "./notes.ts";
import { ANNA, connectDocs, LUCA, sequentialIds, T0 } from "./test-support.ts";

describe("notes", () => {
  it("store each field under its own key, with the author copied in", () => {
    const doc = new Y.Doc();
    const note = addNote(doc, { text: "Alloggi sfitti", x: 10, y: 20 }, ANNA, {
      newId: () => "n1",
      now: T0,
    });
    expect(note).toMatchObject({
      id: "n1",
      authorName: "Anna Rossi",
      organisationId: "meta",
      colour: "organizzazione",
      w: 200,
      h: 160,
      hidden: false,
      clusterId: null,
    });
    const fields = boardCollection(doc, "notes").get("n1");
    expect(fields).toBeInstanceOf(Y.Map);
    expect(readNote(doc, "n1")).toEqual(note);
  });

  it("merge concurrent edits of different fields of the same note", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const stop = connectDocs(a, b);
    addNote(a, { text: "Casa d'accoglienza", x: 0, y: 0 }, ANNA, { newId: () => "n1" });
    stop();
    updateNote(a, "n1", { x: 300, y: 40 });
    updateNote(b, "n1", { colour: "verde" });
    connectDocs(a, b);
    for (const doc of [a, b]) {
      expect(readNote(doc, "n1")).toMatchObject({ x: 300, y: 40, colour: "verde" });
    }
  });

  it("skip an entry a faulty client wrote instead of failing the whole board", () => {
    const doc = new Y.Doc();
    addNote(doc, { text: "ok", x: 0, y: 0 }, ANNA, { newId: () => "good" });
    boardCollection(doc, "notes").set("bad", "not a map");
    const broken = new Y.Map<unknown>();
    boardCollection(doc, "notes").set("broken", broken);
    broken.set("x", "left");
    expect(readNotes(doc).map((note) => note.id)).toEqual(["good"]);
  });

  it("refuse to put text on a hidden note", () => {
    const doc = new Y.Doc();
    addNote(doc, { text: "", x: 0, y: 0 }, ANNA, { newId: () => "n1" });
    const fields = boardCollection(doc, "notes").get("n1");
    if (fields instanceof Y.Map) fields.set("hidden", true);
    expect(() => updateNote(doc, "n1", { text: "segreto" })).toThrow(/private room/);
    expect(updateNote(doc, "n1", { x: 50 })).toBe(true);
  });

  it("change only the fields a patch names", () => {
    const doc = new Y.Doc();
    addNote(doc, { text: "testo", colour: "verde", x: 0, y: 0, w: 300 }, ANNA, {
      newId: () => "n1",
    });
    updateNote(doc, "n1", { x: 10 });
    expect(readNote(doc, "n1")).toMatchObject({ text: "testo", colour: "verde", w: 300, x: 10 });
  });

  it("reject invalid values", () => {
    const doc = new Y.Doc();
    expect(() => addNote(doc, { text: "x".repeat(1001), x: 0, y: 0 }, ANNA)).toThrow();
    addNote(doc, { text: "ok", x: 0, y: 0 }, ANNA, { newId: () => "n1" });
    expect(() => updateNote(doc, "n1", { x: Number.NaN })).toThrow();
  });

  it("take their connectors and emptied clusters with them when deleted", () => {
    const doc = new Y.Doc();
    const ids = sequentialIds("n");
    const one = addNote(doc, { text: "uno", x: 0, y: 0 }, ANNA, { newId: ids });
    const two = addNote(doc, { text: "due", x: 300, y: 0 }, LUCA, { newId: ids });
    const three = addNote(doc, { text: "tre", x: 600, y: 0 }, LUCA, { newId: ids });
    addConnector(doc, { from: one.id, to: two.id }, { newId: () => "c1" });
    addConnector(doc, { from: two.id, to: three.id }, { newId: () => "c2" });
    createCluster(doc, { name: "Solo uno", noteIds: [one.id], createdBy: "anna" });
    createCluster(doc, { name: "Due e tre", noteIds: [two.id, three.id], createdBy: "anna" });
    deleteNotes(doc, [one.id]);
    expect(readConnectors(doc).map((c) => c.id)).toEqual(["c2"]);
    expect(boardCollection(doc, "connectors").has("c1")).toBe(false);
    expect(readClusters(doc).map((cluster) => cluster.name)).toEqual(["Due e tre"]);
  });
});

describe("connectors", () => {
  it("need two different existing notes and hide once an end is gone", () => {
    const doc = new Y.Doc();
    addNote(doc, { text: "a", x: 0, y: 0 }, ANNA, { newId: () => "a" });
    addNote(doc, { text: "b", x: 0, y: 0 }, ANNA, { newId: () => "b" });
    expect(addConnector(doc, { from: "a", to: "a" })).toBeNull();
    expect(addConnector(doc, { from: "a", to: "missing" })).toBeNull();
    expect(addConnector(doc, { from: "a", to: "b", label: "sostiene" })).not.toBeNull();
    boardCollection(doc, "notes").delete("b");
    expect(readConnectors(doc)).toEqual([]);
  });
});

describe("note rectangles", () => {
  it("read one note's place and colour, null for a missing or broken entry", () => {
    const doc = new Y.Doc();
    addNote(doc, { text: "Idea", x: 10, y: 20, colour: "giallo" }, ANNA, {
      newId: () => "n-1",
      now: T0,
    });
    const broken = new Y.Map<unknown>();
    broken.set("x", "a sinistra");
    boardCollection(doc, "notes").set("broken", broken);
    expect(readNoteShape(doc, "n-1")).toEqual({
      id: "n-1",
      x: 10,
      y: 20,
      w: 200,
      h: 160,
      colour: "giallo",
      organisationId: ANNA.organisationId,
    });
    expect(readNoteShape(doc, "broken")).toBeNull();
    expect(readNoteShape(doc, "missing")).toBeNull();
  });
});
