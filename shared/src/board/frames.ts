import * as Y from "yjs";
import { z } from "zod";
import {
  boardCollection,
  type CreateOptions,
  ItemIdSchema,
  insertRecord,
  patchRecord,
  readRecord,
  readRecords,
  resolveCreateOptions,
} from "./board-shape.ts";
import { NoteColourSchema } from "./colours.ts";
import {
  areaOf,
  CoordinateSchema,
  compareIds,
  isCentreInside,
  type Rect,
  SizeSchema,
} from "./geometry.ts";

const FrameFields = z.object({
  id: ItemIdSchema,
  title: z.string().max(200),
  /** The question the frame asks participants, shown under the title. */
  prompt: z.string().max(1000),
  x: CoordinateSchema,
  y: CoordinateSchema,
  w: SizeSchema,
  h: SizeSchema,
  colour: NoteColourSchema.nullable(),
});

/**
 * A titled region of the board (a quadrant of a matrix, a column of an empathy map). Notes are
 * not stored "in" a frame: membership is geometry, so a note dragged across a border changes
 * frame without a second write that could disagree with its position.
 */
export const BoardFrameSchema = FrameFields.extend({
  prompt: FrameFields.shape.prompt.default(""),
  colour: FrameFields.shape.colour.default(null),
});
export type BoardFrame = z.infer<typeof BoardFrameSchema>;
export type NewFrame = Omit<z.input<typeof BoardFrameSchema>, "id">;

/** Built from the fields without defaults, so a patch only touches what it names. */
export const FramePatchSchema = FrameFields.omit({ id: true }).partial();
export type FramePatch = z.input<typeof FramePatchSchema>;

export function addFrame(doc: Y.Doc, input: NewFrame, options?: CreateOptions): BoardFrame {
  const frame = BoardFrameSchema.parse({ ...input, id: resolveCreateOptions(options).id });
  insertRecord(boardCollection(doc, "frames"), frame);
  return frame;
}

export function readFrame(doc: Y.Doc, id: string): BoardFrame | null {
  return readRecord(boardCollection(doc, "frames"), id, BoardFrameSchema);
}

export function readFrames(doc: Y.Doc): BoardFrame[] {
  return readRecords(boardCollection(doc, "frames"), BoardFrameSchema);
}

export function updateFrame(doc: Y.Doc, id: string, patch: FramePatch): boolean {
  return patchRecord(boardCollection(doc, "frames"), id, FramePatchSchema.parse(patch));
}

/** Removes the frame only: its notes stay where they are, now loose on the board. */
export function deleteFrame(doc: Y.Doc, id: string): void {
  boardCollection(doc, "frames").delete(id);
}

/** The items whose centre lies inside the frame. */
export function itemsInFrame<T extends Rect>(frame: Rect, items: readonly T[]): T[] {
  return items.filter((item) => isCentreInside(item, frame));
}

/** Same as `itemsInFrame`, named for its most common use. */
export const notesInFrame = itemsInFrame;

/**
 * The frame an item belongs to, null for an item loose on the board. A frame drawn wholly inside
 * a bigger one takes the notes on it (the inner quadrant of a matrix). A frame that only partly
 * overlaps another takes nothing from it: the item stays with the frame holding more of it, then
 * with the larger frame, so a frame dropped across a matrix never re-parents the notes visibly
 * sitting in its quadrants. The choice is the same whatever order the frames come in.
 */
export function frameOf<F extends Rect & { id: string }>(
  item: Rect,
  frames: readonly F[],
): F | null {
  const holding = frames.filter((frame) => isCentreInside(item, frame));
  const innermost = holding.filter(
    (frame) => !holding.some((other) => other !== frame && isNestedIn(other, frame)),
  );
  let best: F | null = null;
  for (const frame of innermost) {
    if (!best || rankAgainst(item, frame, best) > 0) best = frame;
  }
  return best;
}

/** Whether `inner` lies wholly inside `outer` and is smaller (two equal frames nest neither). */
function isNestedIn(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h &&
    areaOf(inner) < areaOf(outer)
  );
}

function rankAgainst(item: Rect, a: Rect & { id: string }, b: Rect & { id: string }): number {
  return (
    sharedArea(item, a) - sharedArea(item, b) || areaOf(a) - areaOf(b) || compareIds(b.id, a.id)
  );
}

function sharedArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return Math.max(0, w) * Math.max(0, h);
}

/**
 * Moves a frame with everything on it — the notes and labels `frameOf` gives it or a frame
 * nested in it, and the frames wholly inside it — in one transaction, so others never see the frame arrive without its notes and one undo
 * puts it all back.
 */
export function moveFrame(doc: Y.Doc, frameId: string, dx: number, dy: number): boolean {
  const frame = readFrame(doc, frameId);
  if (!frame) return false;
  const frames = readFrames(doc);
  const belongs = (rect: Rect) => {
    const owner = frameOf(rect, frames);
    return owner !== null && (owner.id === frame.id || isNestedIn(owner, frame));
  };
  doc.transact(() => {
    shiftWhere(boardCollection(doc, "notes"), dx, dy, belongs);
    shiftWhere(boardCollection(doc, "labels"), dx, dy, belongs);
    shiftWhere(boardCollection(doc, "frames"), dx, dy, (rect, id) => {
      return id === frame.id || isNestedIn(rect, frame);
    });
  });
  return true;
}

/**
 * Shifts what belongs to the frame by `frameOf` (or to a frame nested in it): an item under a
 * frame that merely overlaps the moved one stays where it is.
 */
function shiftWhere(
  map: Y.Map<unknown>,
  dx: number,
  dy: number,
  moves: (rect: Rect, id: string) => boolean,
): void {
  for (const [id, fields] of map) {
    if (!(fields instanceof Y.Map)) continue;
    const rect = rectOf(fields);
    if (rect && moves(rect, id)) patchRecord(map, id, { x: rect.x + dx, y: rect.y + dy });
  }
}

const RectSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

function rectOf(fields: Y.Map<unknown>): Rect | null {
  const parsed = RectSchema.safeParse(fields.toJSON());
  return parsed.success ? parsed.data : null;
}
