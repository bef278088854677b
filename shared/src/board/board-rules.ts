import type { RefusalRule } from "../sync/refusals.ts";
import { type BoardFrame, frameOf } from "./frames.ts";
import type { Rect } from "./geometry.ts";
import { IMAGE_MOVABLE_FIELDS } from "./images.ts";
import { NOTE_DEFAULT_SIZE } from "./notes.ts";
import {
  type BoardActor,
  type BoardLocks,
  type BoardOperation,
  canEdit,
  canFacilitate,
  type EditTarget,
} from "./permissions.ts";

/** The connection's person as the board rules see them: from the membership, never the doc. */
export interface BoardRuleActor extends BoardActor {
  displayName: string;
  organisationId: string | null;
}

/** One record of a board collection as one update would leave it. */
export interface BoardRecordEdit {
  /** The top-level map: a board collection, `meta`, or anything else a client wrote. */
  collection: string;
  /** The record's key in it. */
  id: string;
  /** Its fields in the server's document; null when it does not exist there. */
  before: Readonly<Record<string, unknown>> | null;
  /** Its fields with the update applied; null when the update deletes it. */
  after: Readonly<Record<string, unknown>> | null;
  /** Fields the update writes or deletes (every field when it replaces the record). */
  changed: ReadonlySet<string>;
}

/** What the board rules read from the rest of the board: locks and frames, as stored. */
export interface BoardRuleContext {
  locks: BoardLocks;
  frames: readonly BoardFrame[];
}

const NOTE_IDENTITY = ["authorId", "authorName", "organisationId", "createdAt"] as const;
/** What a change to each note field is, for `canEdit`: moving is open to all, text is not. */
const NOTE_FIELD_OPERATION: Readonly<Record<string, BoardOperation>> = {
  x: "move",
  y: "move",
  w: "move",
  h: "move",
  clusterId: "move",
  text: "editText",
  hidden: "editText",
  colour: "style",
};
/** Regrouping: anyone may draw connectors and clusters, as anyone may move notes. */
const OPEN_COLLECTIONS = new Set(["connectors", "clusters"]);

/**
 * Whether `actor` may make `edit`; the rule broken, or null. The same `canEdit` the board's
 * toolbar asks decides each operation; on top of it, a new note must carry the connection's
 * person, name and organisation, and no note's authorship ever changes.
 */
export function checkBoardEdit(
  actor: BoardRuleActor,
  edit: BoardRecordEdit,
  context: BoardRuleContext,
): RefusalRule | null {
  if (edit.collection === "notes") return checkNoteEdit(actor, edit, context);
  if (edit.collection === "images") return checkImageEdit(actor, edit, context);
  if (OPEN_COLLECTIONS.has(edit.collection)) {
    const target: EditTarget = { kind: "connector", authorId: null, frameId: null };
    return canEdit(actor, "move", target, context.locks) ? null : "locked";
  }
  // Frames, labels, meta (template, schema) and anything unknown: the facilitator's layout.
  return canFacilitate(actor.role) ? null : "facilitators-only";
}

function checkNoteEdit(
  actor: BoardRuleActor,
  edit: BoardRecordEdit,
  context: BoardRuleContext,
): RefusalRule | null {
  const { before, after } = edit;
  if (!after) {
    return before ? allowed(actor, "delete", before, context) : null;
  }
  if (!before) {
    if (!isOwnNote(actor, after)) return "identity";
    return allowed(actor, "create", after, context);
  }
  for (const field of NOTE_IDENTITY) if (before[field] !== after[field]) return "immutable";
  for (const field of edit.changed) {
    if (before[field] === after[field]) continue;
    const operation = NOTE_FIELD_OPERATION[field];
    if (!operation) {
      if (canFacilitate(actor.role)) continue;
      return "unknown-content";
    }
    const refusal =
      allowed(actor, operation, before, context) ??
      (operation === "move" ? allowed(actor, operation, after, context) : null);
    if (refusal) return refusal;
  }
  return null;
}

/**
 * A photo: placed by anyone who may add notes, as their own; moved and resized by anyone who
 * may move notes; deleted by its author or a facilitator; its picture, author and description
 * never change.
 */
function checkImageEdit(
  actor: BoardRuleActor,
  edit: BoardRecordEdit,
  context: BoardRuleContext,
): RefusalRule | null {
  const { before, after } = edit;
  if (!after) {
    if (!before) return null;
    if (before.authorId !== actor.personId && !canFacilitate(actor.role)) return "not-author";
    return allowed(actor, "delete", { ...before, authorId: actor.personId }, context);
  }
  if (!before) {
    if (after.authorId !== actor.personId) return "identity";
    return allowed(actor, "create", after, context);
  }
  for (const field of edit.changed) {
    if (before[field] === after[field]) continue;
    if (!IMAGE_MOVABLE_FIELDS.has(field)) return "immutable";
  }
  return allowed(actor, "move", before, context) ?? allowed(actor, "move", after, context);
}

/** `canEdit` for a note as it stands in `fields`, in the frame it sits in there. */
function allowed(
  actor: BoardRuleActor,
  operation: BoardOperation,
  fields: Readonly<Record<string, unknown>>,
  context: BoardRuleContext,
): RefusalRule | null {
  const rect = rectOf(fields);
  const frame = rect ? frameOf(rect, context.frames) : null;
  const authorId = typeof fields.authorId === "string" ? fields.authorId : null;
  const target: EditTarget = { kind: "note", authorId, frameId: frame?.id ?? null };
  if (canEdit(actor, operation, target, context.locks)) return null;
  const locked = context.locks.board || (frame !== null && context.locks.frames.has(frame.id));
  return locked ? "locked" : "not-author";
}

/** A new note names the connection's person, name and organisation as its author. */
export function isOwnNote(actor: BoardRuleActor, fields: Readonly<Record<string, unknown>>) {
  return (
    fields.authorId === actor.personId &&
    fields.authorName === actor.displayName &&
    (fields.organisationId ?? null) === actor.organisationId
  );
}

function rectOf(fields: Readonly<Record<string, unknown>>): Rect | null {
  const { x, y, w, h } = fields;
  if (typeof x !== "number" || typeof y !== "number") return null;
  return {
    x,
    y,
    w: typeof w === "number" ? w : NOTE_DEFAULT_SIZE.w,
    h: typeof h === "number" ? h : NOTE_DEFAULT_SIZE.h,
  };
}
