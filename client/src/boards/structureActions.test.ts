import {
  addFrame,
  type BoardLocks,
  createBoardUndo,
  frameOf,
  NO_LOCKS,
  type Role,
  readClusters,
  readConnectors,
  readFrame,
  readFrames,
  readLabels,
  readNote,
  readNotes,
} from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createNote, type NoteActionContext } from "./noteActions.ts";
import {
  connectNotes,
  createFrame,
  createLabel,
  groupNotes,
  moveLabel,
  removeFrame,
  shiftFrame,
  ungroup,
} from "./structureActions.ts";

function board(role: Role, doc = new Y.Doc(), locks: BoardLocks = NO_LOCKS): NoteActionContext {
  return {
    rooms: { board: { doc, readOnly: false }, private: { doc: new Y.Doc() } },
    actor: { personId: role, role },
    author: { personId: role, displayName: role, organisationId: null },
    undo: createBoardUndo(doc),
    locks,
    privateWritingActive: false,
  };
}

/** A facilitator's frame around (0,0)-(800,600) and a partner's two notes in it. */
function workshop() {
  const doc = new Y.Doc();
  addFrame(doc, { title: "Spazi", x: 0, y: 0, w: 800, h: 600 }, { newId: () => "f1" });
  const partner = board("referente", doc);
  const a = createNote(partner, { x: 200, y: 200 }, "Sala civica");
  const b = createNote(partner, { x: 600, y: 200 }, "Biblioteca");
  if (!a || !b) throw new Error("notes were not created");
  return { doc, partner, a, b };
}

describe("structure actions", () => {
  it("group notes into a named cluster, which the author can undo", () => {
    const { doc, partner, a, b } = workshop();
    const cluster = groupNotes(partner, [a, b], "Spazi disponibili");
    expect(readClusters(doc).map((c) => c.name)).toEqual(["Spazi disponibili"]);
    expect(readNote(doc, a)?.clusterId).toBe(cluster);
    partner.undo.undoManager.undo();
    expect(readClusters(doc)).toEqual([]);
    expect(readNote(doc, a)?.clusterId).toBeNull();
  });

  it("connect two notes, for anyone who writes on the board", () => {
    const { doc, partner, a, b } = workshop();
    expect(connectNotes(partner, a, b)).not.toBeNull();
    expect(readConnectors(doc)).toMatchObject([{ from: a, to: b }]);
    expect(connectNotes(board("osservatore", doc), b, a)).toBeNull();
  });

  it("leave frames and labels to facilitators", () => {
    const { doc, partner } = workshop();
    expect(createFrame(partner, "Mio", { x: 0, y: 0 })).toBeNull();
    expect(createLabel(partner, "Asse", { x: 0, y: 0 })).toBeNull();
    const frame = readFrame(doc, "f1");
    if (frame) shiftFrame(partner, frame, 100, 0);
    expect(readFrame(doc, "f1")).toMatchObject({ x: 0 });
    const facilitator = board("facilitatore", doc);
    expect(createFrame(facilitator, "Proposte", { x: 2000, y: 0 })).not.toBeNull();
    const label = createLabel(facilitator, "Asse", { x: 0, y: 900 });
    if (label) moveLabel(facilitator, label, 10, 5);
    expect(readLabels(doc)).toMatchObject([{ text: "Asse", x: -110, y: 885 }]);
  });

  it("place a new frame empty, in free space, without taking the notes under the view", () => {
    const { doc, a, b } = workshop();
    const facilitator = board("facilitatore", doc);
    const id = createFrame(facilitator, "Nuovo", { x: 400, y: 300 });
    const frame = id ? readFrame(doc, id) : null;
    if (!frame) throw new Error("frame was not created");
    const notes = readNotes(doc);
    expect(notes.filter((note) => frameOf(note, readFrames(doc))?.id === id)).toEqual([]);
    expect(notes.map((note) => frameOf(note, readFrames(doc))?.id)).toEqual(["f1", "f1"]);
    expect([a, b].every((note) => readNote(doc, note))).toBe(true);
  });

  it("place new notes side by side near the centre, never piled on each other", () => {
    const { doc, partner } = workshop();
    for (let i = 0; i < 4; i++) createNote(partner, { x: 400, y: 300 }, `Idea ${i}`);
    const notes = readNotes(doc);
    for (const [i, one] of notes.entries()) {
      for (const other of notes.slice(i + 1)) {
        const apart = one.x + one.w <= other.x || other.x + other.w <= one.x;
        expect(apart || one.y + one.h <= other.y || other.y + other.h <= one.y).toBe(true);
      }
    }
  });

  it("move a frame with its notes, and delete it leaving them", () => {
    const { doc, a } = workshop();
    const facilitator = board("facilitatore", doc);
    const frame = readFrame(doc, "f1");
    if (frame) shiftFrame(facilitator, frame, 100, 40);
    expect(readNote(doc, a)).toMatchObject({ x: 200, y: 160 });
    const moved = readFrame(doc, "f1");
    if (moved) removeFrame(facilitator, moved);
    expect(readFrames(doc)).toEqual([]);
    expect(readNotes(doc)).toHaveLength(2);
  });

  it("keep a locked frame's notes out of others' clusters and new notes out of it", () => {
    const { doc, a, b } = workshop();
    const cluster = groupNotes(board("facilitatore", doc), [a, b], "Spazi");
    const locked = board("referente", doc, { board: false, frames: new Set(["f1"]) });
    expect(groupNotes(locked, [a], "Altro")).toBeNull();
    if (cluster) ungroup(locked, cluster);
    expect(readNote(doc, a)?.clusterId).toBe(cluster);
    expect(createNote(locked, { x: 400, y: 300 })).toBeNull();
    expect(createNote(locked, { x: 2000, y: 2000 })).not.toBeNull();
    expect(connectNotes(locked, a, b)).toBeNull();
  });
});
