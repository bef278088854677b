import type * as Y from "yjs";
import type { Role } from "../domain/roles.ts";
import { controlLocks } from "./control-shape.ts";

/** Who is acting on a board: from the session and the membership, never from the document. */
export interface BoardActor {
  personId: string;
  role: Role;
}

/** What is locked: the whole board and/or single frames. */
export interface BoardLocks {
  board: boolean;
  frames: ReadonlySet<string>;
}

export const NO_LOCKS: BoardLocks = { board: false, frames: new Set() };

const BOARD_LOCK_KEY = "board";
const FRAME_LOCK_PREFIX = "frame:";

/**
 * Facilitation — timer, votes, locks, private writing, follow-me, templates — is the
 * facilitator's job. The server enforces it by opening the control room read-only for others.
 */
export function canFacilitate(role: Role): boolean {
  return role === "facilitatore";
}

/**
 * What someone does to an item: `move` covers dragging and clustering (anyone may regroup
 * others' notes in affinity mapping); `editText`, `style` and `delete` of a note are for its
 * author, so the attribution in exports stays true.
 */
export type BoardOperation = "create" | "move" | "editText" | "style" | "delete";

/** The kinds of board item: frames and labels lay out the workshop, notes and connectors fill it. */
export type BoardItemKind = "note" | "connector" | "frame" | "label";

/**
 * The item acted on: its kind, its author (notes only, else null) and the frame it sits in (see
 * `frameOf`; for a frame, the frame's own id).
 */
export interface EditTarget {
  kind: BoardItemKind;
  authorId: string | null;
  frameId: string | null;
}

/**
 * Whether `actor` may perform `operation` on `target` under `locks`. Observers never write;
 * facilitators always may (they lock to stop others, not themselves); a locked board or frame
 * stops everyone else; frames and labels are the facilitator's layout; anyone may add and move
 * notes and draw connectors, but a note's text, colour and deletion belong to its author. A move
 * across frames must be allowed in both.
 */
export function canEdit(
  actor: BoardActor,
  operation: BoardOperation,
  target: EditTarget,
  locks: BoardLocks,
): boolean {
  if (actor.role === "osservatore") return false;
  if (canFacilitate(actor.role)) return true;
  if (locks.board) return false;
  if (target.frameId !== null && locks.frames.has(target.frameId)) return false;
  if (target.kind === "frame" || target.kind === "label") return false;
  if (target.kind === "connector" || operation === "create" || operation === "move") return true;
  return target.authorId !== null && target.authorId === actor.personId;
}

export function readLocks(control: Y.Doc): BoardLocks {
  const map = controlLocks(control);
  const frames = new Set<string>();
  for (const [key, value] of map) {
    if (value === true && key.startsWith(FRAME_LOCK_PREFIX)) {
      frames.add(key.slice(FRAME_LOCK_PREFIX.length));
    }
  }
  return { board: map.get(BOARD_LOCK_KEY) === true, frames };
}

/** Locks or unlocks the whole board (facilitators only, through the control room). */
export function setBoardLock(control: Y.Doc, locked: boolean): void {
  setLock(controlLocks(control), BOARD_LOCK_KEY, locked);
}

/** Locks or unlocks one frame; each frame has its own key so two facilitators never collide. */
export function setFrameLock(control: Y.Doc, frameId: string, locked: boolean): void {
  setLock(controlLocks(control), `${FRAME_LOCK_PREFIX}${frameId}`, locked);
}

function setLock(map: Y.Map<unknown>, key: string, locked: boolean): void {
  if (locked) map.set(key, true);
  else map.delete(key);
}
