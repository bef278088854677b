import type * as Y from "yjs";
import { z } from "zod";
import {
  boardCollection,
  type CreateOptions,
  ItemIdSchema,
  insertRecord,
  patchRecord,
  readRecords,
  resolveCreateOptions,
  TimestampSchema,
} from "./board-shape.ts";
import { CoordinateSchema, SizeSchema } from "./geometry.ts";

/** The largest photo a board takes: a phone photo of the room's wall of post-its, compressed. */
export const BOARD_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** The picture types a board shows, recognised by their first bytes, not by a name or header. */
export const BOARD_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type BoardImageType = (typeof BOARD_IMAGE_TYPES)[number];

/** A stored picture's name: the SHA-256 of its bytes, so the same photo is stored once. */
export const ImageHashSchema = z.string().regex(/^[0-9a-f]{64}$/, "not a SHA-256 hex digest");

/** The type of a picture from its magic bytes; null for anything else (an SVG, a PDF, a script). */
export function sniffImageType(bytes: Uint8Array): BoardImageType | null {
  const starts = (...sig: number[]) => sig.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  const riff = starts(0x52, 0x49, 0x46, 0x46);
  const webp = bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
  return riff && webp ? "image/webp" : null;
}

/**
 * A photo on the board (the paper post-its from the room, a map). The bytes live on the server,
 * named by hash; the board holds where it sits, who put it there and its description.
 */
export const BoardImageSchema = z.object({
  id: ItemIdSchema,
  hash: ImageHashSchema,
  type: z.enum(BOARD_IMAGE_TYPES),
  /** What the picture shows, for screen readers and the CSV. */
  alt: z.string().max(300),
  x: CoordinateSchema,
  y: CoordinateSchema,
  w: SizeSchema,
  h: SizeSchema,
  authorId: z.string().min(1).max(64),
  createdAt: TimestampSchema,
});
export type BoardImage = z.infer<typeof BoardImageSchema>;
export type NewImage = Omit<BoardImage, "id" | "createdAt" | "authorId">;

/** Fields anyone who may move notes may change; the rest is fixed when the photo is placed. */
export const IMAGE_MOVABLE_FIELDS: ReadonlySet<string> = new Set(["x", "y", "w", "h"]);

export function addImage(
  doc: Y.Doc,
  input: NewImage,
  authorId: string,
  options?: CreateOptions,
): BoardImage {
  const image = BoardImageSchema.parse({ ...input, authorId, ...resolveCreateOptions(options) });
  insertRecord(boardCollection(doc, "images"), image);
  return image;
}

export function readImages(doc: Y.Doc): BoardImage[] {
  return readRecords(boardCollection(doc, "images"), BoardImageSchema);
}

export function moveImage(doc: Y.Doc, id: string, at: { x: number; y: number }): boolean {
  return patchRecord(boardCollection(doc, "images"), id, {
    x: Math.round(at.x),
    y: Math.round(at.y),
  });
}

export function deleteImage(doc: Y.Doc, id: string): void {
  boardCollection(doc, "images").delete(id);
}
