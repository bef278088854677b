import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addFrame, readFrame } from "./frames.ts";
import { addNote, readNote, readNotes, updateNote } from "./notes.ts";
import { readDrafts, setDraftText } from "./private-writing.ts";
import { ANNA, connectDocs, LUCA } from "./test-support.ts";
import { createBoardUndo, createPrivateUndo } from "./undo.ts";

function twoClients() {
  const anna = new Y.Doc();
  const luca = new Y.Doc();
  connectDocs(anna, luca);
  const annaUndo = createBoardUndo(anna, { captureTimeout: 0 });
  const lucaUndo = createBoardUndo(luca, { captureTimeout: 0 });
  return { anna, luca, annaUndo, lucaUndo };
}

describe("local undo", () => {
  it("undoes one's own edit and leaves a partner's edit of another field alone", () => {
    const { anna, luca, annaUndo, lucaUndo } = twoClients();
    lucaUndo.transact(() =>
      addNote(luca, { text: "prima", x: 0, y: 0 }, LUCA, { newId: () => "n1" }),
    );
    annaUndo.transact(() => updateNote(anna, "n1", { colour: "verde" }));
    lucaUndo.transact(() => updateNote(luca, "n1", { x: 400 }));
    annaUndo.undoManager.undo();
    for (const doc of [anna, luca]) {
      expect(readNote(doc, "n1")).toMatchObject({
        colour: "organizzazione",
        x: 400,
        text: "prima",
      });
    }
  });

  it("never removes a note a partner added", () => {
    const { anna, luca, annaUndo, lucaUndo } = twoClients();
    annaUndo.transact(() => addNote(anna, { text: "mia", x: 0, y: 0 }, ANNA, { newId: () => "a" }));
    lucaUndo.transact(() => addNote(luca, { text: "sua", x: 0, y: 0 }, LUCA, { newId: () => "l" }));
    expect(annaUndo.undoManager.canUndo()).toBe(true);
    annaUndo.undoManager.undo();
    expect(annaUndo.undoManager.canUndo()).toBe(false);
    expect(readNotes(luca).map((note) => note.id)).toEqual(["l"]);
    annaUndo.undoManager.redo();
    expect(readNotes(luca).map((note) => note.id)).toEqual(["a", "l"]);
  });

  it("does not overwrite a partner's later change to the same field", () => {
    const { anna, luca, annaUndo, lucaUndo } = twoClients();
    lucaUndo.transact(() => addNote(luca, { text: "v1", x: 0, y: 0 }, LUCA, { newId: () => "n" }));
    annaUndo.transact(() => updateNote(anna, "n", { text: "v2" }));
    lucaUndo.transact(() => updateNote(luca, "n", { text: "di Luca" }));
    annaUndo.undoManager.undo();
    expect(readNote(anna, "n")?.text).toBe("di Luca");
    expect(readNote(luca, "n")?.text).toBe("di Luca");
    expect(annaUndo.undoManager.canUndo()).toBe(false);
  });

  it("ignores edits made outside its transact and undoes a frame move as one step", () => {
    const { anna, annaUndo } = twoClients();
    addFrame(anna, { title: "Idee", x: 0, y: 0, w: 500, h: 500 }, { newId: () => "f" });
    expect(annaUndo.undoManager.canUndo()).toBe(false);
    annaUndo.transact(() => addNote(anna, { text: "n", x: 10, y: 10 }, ANNA, { newId: () => "n" }));
    annaUndo.undoManager.stopCapturing();
    annaUndo.transact(() => {
      updateNote(anna, "n", { x: 110 });
      return readFrame(anna, "f");
    });
    annaUndo.undoManager.undo();
    expect(readNote(anna, "n")?.x).toBe(10);
    expect(readFrame(anna, "f")).not.toBeNull();
  });

  it("covers the text of hidden notes in the private room", () => {
    const privateDoc = new Y.Doc();
    const undo = createPrivateUndo(privateDoc, { captureTimeout: 0 });
    undo.transact(() => setDraftText(privateDoc, "n1", "bozza"));
    undo.transact(() => setDraftText(privateDoc, "n1", "bozza rivista"));
    undo.undoManager.undo();
    expect(readDrafts(privateDoc).get("n1")).toBe("bozza");
  });
});
