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
import { areaOf, CoordinateSchema, isCentreInside, type Rect, SizeSchema } from "./geometry.ts";

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
 * The frame an item belongs to: the smallest one holding its centre, so a note in a frame drawn
 * inside a bigger one belongs to the inner one. Null for an item loose on the board.
 */
export function frameOf<F extends Rect & { id: string }>(
  item: Rect,
  frames: readonly F[],
): F | null {
  let best: F | null = null;
  for (const frame of frames) {
    if (!isCentreInside(item, frame)) continue;
    if (!best || areaOf(frame) < areaOf(best)) best = frame;
  }
  return best;
}

/**
 * Moves a frame with everything on it — notes, labels and smaller frames whose centre is inside
 * it — in one transaction, so others never see the frame arrive without its notes and one undo
 * puts it all back.
 */
export function moveFrame(doc: Y.Doc, frameId: string, dx: number, dy: number): boolean {
  const frame = readFrame(doc, frameId);
  if (!frame) return false;
  doc.transact(() => {
    shiftContents(boardCollection(doc, "notes"), frame, dx, dy);
    shiftContents(boardCollection(doc, "labels"), frame, dx, dy);
    shiftContents(boardCollection(doc, "frames"), frame, dx, dy);
  });
  return true;
}

function shiftContents(map: Y.Map<unknown>, frame: BoardFrame, dx: number, dy: number): void {
  for (const [id, fields] of map) {
    if (!(fields instanceof Y.Map)) continue;
    const rect = rectOf(fields);
    if (!rect) continue;
    const isTheFrame = id === frame.id;
    const isContent = isCentreInside(rect, frame) && areaOf(rect) < areaOf(frame);
    if (isTheFrame || isContent) patchRecord(map, id, { x: rect.x + dx, y: rect.y + dy });
  }
}

const RectSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

function rectOf(fields: Y.Map<unknown>): Rect | null {
  const parsed = RectSchema.safeParse(fields.toJSON());
  return parsed.success ? parsed.data : null;
}
