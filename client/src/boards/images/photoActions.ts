import {
  addImage,
  type BoardImage,
  canEdit,
  canFacilitate,
  deleteImage,
  frameOf,
  moveImage,
  type NewImage,
  NOTE_DEFAULT_SIZE,
  placeInFreeSpace,
  readFrames,
  readImages,
  readLabels,
  readNotes,
} from "@tavolo/shared";
import { type NoteActionContext, step } from "../noteActions.ts";

type Ctx = NoteActionContext;

function may(ctx: Ctx, operation: "create" | "move", image: BoardImage | null): boolean {
  const frame = image ? frameOf(image, readFrames(ctx.rooms.board.doc)) : null;
  const target = {
    kind: "note" as const,
    authorId: image?.authorId ?? null,
    frameId: frame?.id ?? null,
  };
  return !ctx.rooms.board.readOnly && canEdit(ctx.actor, operation, target, ctx.locks);
}

export const mayAddPhoto = (ctx: Ctx) => may(ctx, "create", null);
export const mayMovePhoto = (ctx: Ctx, image: BoardImage) => may(ctx, "move", image);

/** Its author or a facilitator (the room enforces the same, see board-rules). */
export function mayDeletePhoto(ctx: Ctx, image: BoardImage): boolean {
  const own = image.authorId === ctx.actor.personId || canFacilitate(ctx.actor.role);
  return own && may(ctx, "move", image);
}

/** Puts an uploaded photo in free space near `at`, clear of notes and across no frame border. */
export function placePhoto(
  ctx: Ctx,
  photo: Omit<NewImage, "x" | "y">,
  at: { x: number; y: number },
): string | null {
  if (!mayAddPhoto(ctx)) return null;
  const board = ctx.rooms.board.doc;
  const obstacles = [...readNotes(board), ...readLabels(board), ...readImages(board)];
  const spot = placeInFreeSpace(photo, at, {
    obstacles,
    borders: readFrames(board),
    step: NOTE_DEFAULT_SIZE.w / 4,
  });
  return step(ctx, () => addImage(board, { ...photo, ...spot }, ctx.actor.personId)).id;
}

export function shiftPhoto(ctx: Ctx, image: BoardImage, dx: number, dy: number): void {
  if (mayMovePhoto(ctx, image)) {
    ctx.undo.transact(() =>
      moveImage(ctx.rooms.board.doc, image.id, { x: image.x + dx, y: image.y + dy }),
    );
  }
}

export function removePhoto(ctx: Ctx, image: BoardImage): void {
  if (mayDeletePhoto(ctx, image)) step(ctx, () => deleteImage(ctx.rooms.board.doc, image.id));
}
