import {
  addConnector,
  addFrame,
  addLabel,
  type BoardFrame,
  type BoardItemKind,
  type BoardLabel,
  type BoardOperation,
  canEdit,
  createCluster,
  deleteConnector,
  deleteFrame,
  deleteLabel,
  dissolveCluster,
  frameOf,
  moveFrame,
  placeInFreeSpace,
  readFrames,
  readLabels,
  readNote,
  readNotes,
  renameCluster,
  updateFrame,
  updateLabel,
} from "@tavolo/shared";
import type { NoteActionContext } from "./noteActions.ts";
import { mayEditNote, step } from "./noteActions.ts";

type Ctx = NoteActionContext;

/** Whether this person may do `operation` on an item of `kind` sitting in `frameId`. */
export function mayEdit(
  ctx: Ctx,
  kind: BoardItemKind,
  operation: BoardOperation,
  frameId: string | null = null,
): boolean {
  const target = { kind, authorId: null, frameId };
  return !ctx.rooms.board.readOnly && canEdit(ctx.actor, operation, target, ctx.locks);
}

/** The notes among `ids` this person may regroup (clustering counts as moving a note). */
function movableNotes(ctx: Ctx, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => {
    const note = readNote(ctx.rooms.board.doc, id);
    return note !== null && mayEditNote(ctx, note, "move");
  });
}

/** Groups the selected notes under `name`; returns the new cluster's id, or null. */
export function groupNotes(ctx: Ctx, ids: Iterable<string>, name: string): string | null {
  const noteIds = movableNotes(ctx, ids);
  if (noteIds.length === 0) return null;
  const createdBy = ctx.actor.personId;
  const cluster = step(ctx, () => createCluster(ctx.rooms.board.doc, { name, noteIds, createdBy }));
  return cluster?.id ?? null;
}

/**
 * Renaming or ungrouping a cluster regroups its notes: allowed when this person may move every
 * one of them (so not while one sits in a locked frame).
 */
export function mayRegroup(ctx: Ctx, clusterId: string): boolean {
  const members = readNotes(ctx.rooms.board.doc).filter((note) => note.clusterId === clusterId);
  return mayEdit(ctx, "note", "move") && members.every((note) => mayEditNote(ctx, note, "move"));
}

export function renameGroup(ctx: Ctx, clusterId: string, name: string): void {
  if (mayRegroup(ctx, clusterId)) {
    step(ctx, () => renameCluster(ctx.rooms.board.doc, clusterId, name));
  }
}

export function ungroup(ctx: Ctx, clusterId: string): void {
  if (mayRegroup(ctx, clusterId)) {
    step(ctx, () => dissolveCluster(ctx.rooms.board.doc, clusterId));
  }
}

/**
 * Whether this person may draw or remove an arrow between two notes: an arrow belongs to the
 * frames of both its ends, so a locked frame keeps its arrows as they are.
 */
export function mayConnect(ctx: Ctx, operation: "create" | "delete", ends: string[]): boolean {
  const frames = readFrames(ctx.rooms.board.doc);
  return ends.every((id) => {
    const note = readNote(ctx.rooms.board.doc, id);
    return mayEdit(ctx, "connector", operation, note ? (frameOf(note, frames)?.id ?? null) : null);
  });
}

/** Draws an arrow from the first to the second note; returns its id, or null. */
export function connectNotes(ctx: Ctx, from: string, to: string): string | null {
  if (!mayConnect(ctx, "create", [from, to])) return null;
  return step(ctx, () => addConnector(ctx.rooms.board.doc, { from, to }))?.id ?? null;
}

export function removeConnector(ctx: Ctx, connector: { id: string; from: string; to: string }) {
  if (mayConnect(ctx, "delete", [connector.from, connector.to])) {
    step(ctx, () => deleteConnector(ctx.rooms.board.doc, connector.id));
  }
}

const NEW_FRAME = { w: 720, h: 480 };

/**
 * Adds an empty frame (facilitators) in the free space nearest `at`, clear of every note, label
 * and frame, so creating it never moves a note into it; returns its id, or null.
 */
export function createFrame(ctx: Ctx, title: string, at: { x: number; y: number }): string | null {
  if (!mayEdit(ctx, "frame", "create")) return null;
  const board = ctx.rooms.board.doc;
  const obstacles = [...readNotes(board), ...readLabels(board), ...readFrames(board)];
  const place = placeInFreeSpace(NEW_FRAME, at, { obstacles, gap: 24, step: 40, reach: 80 });
  return step(ctx, () => addFrame(ctx.rooms.board.doc, { title, ...place, ...NEW_FRAME })).id;
}

export function renameFrame(ctx: Ctx, frame: BoardFrame, title: string): void {
  if (mayEdit(ctx, "frame", "editText", frame.id)) {
    step(ctx, () => updateFrame(ctx.rooms.board.doc, frame.id, { title }));
  }
}

/** Moves a frame with its notes, labels and inner frames (one transaction, see moveFrame). */
export function shiftFrame(ctx: Ctx, frame: BoardFrame, dx: number, dy: number): void {
  if (mayEdit(ctx, "frame", "move", frame.id)) {
    ctx.undo.transact(() => moveFrame(ctx.rooms.board.doc, frame.id, dx, dy));
  }
}

const MIN_FRAME = { w: 240, h: 160 };

export function resizeFrame(ctx: Ctx, frame: BoardFrame, w: number, h: number): void {
  if (!mayEdit(ctx, "frame", "style", frame.id)) return;
  const size = { w: Math.round(Math.max(MIN_FRAME.w, w)), h: Math.round(Math.max(MIN_FRAME.h, h)) };
  ctx.undo.transact(() => updateFrame(ctx.rooms.board.doc, frame.id, size));
}

/** Deletes the frame only: its notes stay on the board. */
export function removeFrame(ctx: Ctx, frame: BoardFrame): void {
  if (mayEdit(ctx, "frame", "delete", frame.id)) {
    step(ctx, () => deleteFrame(ctx.rooms.board.doc, frame.id));
  }
}

/** Adds an empty label centred on `at` (facilitators); returns its id, or null. */
export function createLabel(ctx: Ctx, text: string, at: { x: number; y: number }): string | null {
  if (!mayEdit(ctx, "label", "create")) return null;
  const place = { x: Math.round(at.x - 120), y: Math.round(at.y - 20) };
  return step(ctx, () => addLabel(ctx.rooms.board.doc, { text, ...place })).id;
}

export function editLabel(ctx: Ctx, label: BoardLabel, text: string): void {
  if (mayEdit(ctx, "label", "editText")) {
    step(ctx, () => updateLabel(ctx.rooms.board.doc, label.id, { text }));
  }
}

/** Moves a label by (dx, dy) from where it is now (read afresh: a drag calls this repeatedly). */
export function moveLabel(ctx: Ctx, id: string, dx: number, dy: number): void {
  const label = readLabels(ctx.rooms.board.doc).find((item) => item.id === id);
  if (!label || !mayEdit(ctx, "label", "move")) return;
  const to = { x: Math.round(label.x + dx), y: Math.round(label.y + dy) };
  ctx.undo.transact(() => updateLabel(ctx.rooms.board.doc, id, to));
}

export function removeLabel(ctx: Ctx, label: BoardLabel): void {
  if (mayEdit(ctx, "label", "delete")) {
    step(ctx, () => deleteLabel(ctx.rooms.board.doc, label.id));
  }
}
