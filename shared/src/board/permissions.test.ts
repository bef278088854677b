import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Role } from "../domain/roles.ts";
import {
  type BoardLocks,
  canEdit,
  canFacilitate,
  type EditTarget,
  NO_LOCKS,
  readLocks,
  setBoardLock,
  setFrameLock,
} from "./permissions.ts";

const actor = (role: Role, personId = "anna") => ({ personId, role });
const annasNote: EditTarget = { kind: "note", authorId: "anna", frameId: "f1" };
const frame: EditTarget = { kind: "frame", authorId: null, frameId: "f1" };
const connector: EditTarget = { kind: "connector", authorId: null, frameId: null };

describe("canEdit", () => {
  it("lets observers do nothing and facilitators everything, locks included", () => {
    const locked: BoardLocks = { board: true, frames: new Set(["f1"]) };
    expect(canEdit(actor("osservatore"), "move", annasNote, NO_LOCKS)).toBe(false);
    expect(canEdit(actor("facilitatore", "x"), "editText", annasNote, locked)).toBe(true);
    expect(canEdit(actor("facilitatore", "x"), "delete", frame, locked)).toBe(true);
  });

  it("lets anyone move a note but only its author change its text, colour or delete it", () => {
    const luca = actor("redattore", "luca");
    expect(canEdit(luca, "move", annasNote, NO_LOCKS)).toBe(true);
    expect(canEdit(luca, "editText", annasNote, NO_LOCKS)).toBe(false);
    expect(canEdit(luca, "style", annasNote, NO_LOCKS)).toBe(false);
    expect(canEdit(luca, "delete", annasNote, NO_LOCKS)).toBe(false);
    expect(canEdit(actor("referente"), "editText", annasNote, NO_LOCKS)).toBe(true);
    expect(canEdit(luca, "create", connector, NO_LOCKS)).toBe(true);
  });

  it("keeps frames and labels for facilitators", () => {
    expect(canEdit(actor("referente"), "move", frame, NO_LOCKS)).toBe(false);
    const label: EditTarget = { kind: "label", authorId: null, frameId: null };
    expect(canEdit(actor("redattore"), "create", label, NO_LOCKS)).toBe(false);
  });

  it("stops everyone but facilitators in a locked frame or on a locked board", () => {
    const frameLocked: BoardLocks = { board: false, frames: new Set(["f1"]) };
    expect(canEdit(actor("redattore"), "editText", annasNote, frameLocked)).toBe(false);
    const elsewhere = { ...annasNote, frameId: "f2" };
    expect(canEdit(actor("redattore"), "editText", elsewhere, frameLocked)).toBe(true);
    const boardLocked: BoardLocks = { board: true, frames: new Set() };
    expect(canEdit(actor("redattore"), "create", elsewhere, boardLocked)).toBe(false);
  });
});

describe("locks in the control room", () => {
  it("round-trip the board and frame flags", () => {
    const control = new Y.Doc();
    expect(readLocks(control)).toEqual({ board: false, frames: new Set() });
    setBoardLock(control, true);
    setFrameLock(control, "f1", true);
    setFrameLock(control, "f2", true);
    setFrameLock(control, "f2", false);
    expect(readLocks(control)).toEqual({ board: true, frames: new Set(["f1"]) });
  });

  it("are a facilitator's to set", () => {
    expect(canFacilitate("facilitatore")).toBe(true);
    expect(canFacilitate("referente")).toBe(false);
  });
});
