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
  TimestampSchema,
} from "./board-shape.ts";
import { NoteColourChoiceSchema } from "./colours.ts";
import { removeConnectorsOf } from "./connectors.ts";
import { CoordinateSchema, SizeSchema } from "./geometry.ts";

/** A sticky note holds a thought, not an essay: longer text belongs in the proposal. */
export const NOTE_TEXT_MAX = 1000;
export const NOTE_DEFAULT_SIZE = { w: 200, h: 160 } as const;

const NoteFields = z.object({
  id: ItemIdSchema,
  text: z.string().max(NOTE_TEXT_MAX),
  colour: NoteColourChoiceSchema,
  x: CoordinateSchema,
  y: CoordinateSchema,
  w: SizeSchema,
  h: SizeSchema,
  authorId: ItemIdSchema,
  authorName: z.string().max(80),
  organisationId: ItemIdSchema.nullable(),
  createdAt: TimestampSchema,
  hidden: z.boolean(),
  clusterId: ItemIdSchema.nullable(),
});

/**
 * A sticky note. `text` is a plain string (last writer wins): a note is short and written by one
 * person at a time, and a plain value lets a reveal write the same text twice without doubling
 * it. `hidden` marks a private-writing placeholder, whose text is not in this document at all.
 * Author name and organisation are copied in at creation so exports keep the attribution even
 * after the person leaves the procedure.
 */
export const BoardNoteSchema = NoteFields.extend({
  text: NoteFields.shape.text.default(""),
  colour: NoteFields.shape.colour.default("organizzazione"),
  w: NoteFields.shape.w.default(NOTE_DEFAULT_SIZE.w),
  h: NoteFields.shape.h.default(NOTE_DEFAULT_SIZE.h),
  organisationId: NoteFields.shape.organisationId.default(null),
  hidden: NoteFields.shape.hidden.default(false),
  clusterId: NoteFields.shape.clusterId.default(null),
});
export type BoardNote = z.infer<typeof BoardNoteSchema>;

/** Who is writing: taken from the session and membership, never typed by the person. */
export interface NoteAuthor {
  personId: string;
  displayName: string;
  organisationId: string | null;
}

/** What the person chooses when placing a note. */
export const NewNoteSchema = BoardNoteSchema.pick({
  text: true,
  colour: true,
  x: true,
  y: true,
  w: true,
  h: true,
});
export type NewNote = z.input<typeof NewNoteSchema>;

/**
 * The fields that may change after creation (authorship and creation time never do). Built from
 * the fields without defaults, so a patch never fills in a field it did not name.
 */
export const NotePatchSchema = NoteFields.pick({
  text: true,
  colour: true,
  x: true,
  y: true,
  w: true,
  h: true,
  clusterId: true,
}).partial();
export type NotePatch = z.input<typeof NotePatchSchema>;

/** Builds a full note record (validated) without storing it. */
export function buildNote(input: NewNote, author: NoteAuthor, options?: CreateOptions): BoardNote {
  const { id, createdAt } = resolveCreateOptions(options);
  return BoardNoteSchema.parse({
    ...NewNoteSchema.parse(input),
    id,
    createdAt,
    authorId: author.personId,
    authorName: author.displayName,
    organisationId: author.organisationId,
  });
}

/**
 * Places a visible note. While private writing is on, use `addPrivateNote` instead, which keeps
 * the text out of this document.
 */
export function addNote(
  doc: Y.Doc,
  input: NewNote,
  author: NoteAuthor,
  options?: CreateOptions,
): BoardNote {
  const note = buildNote(input, author, options);
  insertRecord(boardCollection(doc, "notes"), note);
  return note;
}

export function readNote(doc: Y.Doc, id: string): BoardNote | null {
  return readRecord(boardCollection(doc, "notes"), id, BoardNoteSchema);
}

export function readNotes(doc: Y.Doc): BoardNote[] {
  return readRecords(boardCollection(doc, "notes"), BoardNoteSchema);
}

/** A note's place: what the keyboard order and viewport culling need. */
export type NoteRect = Pick<BoardNote, "id" | "x" | "y" | "w" | "h">;

const NoteShapeSchema = BoardNoteSchema.pick({
  id: true,
  x: true,
  y: true,
  w: true,
  h: true,
  colour: true,
  organisationId: true,
});
/** What the board's overview draws of a note, and what its place on the board depends on. */
export type NoteShape = z.infer<typeof NoteShapeSchema>;

/**
 * One note's place and colour, reading and checking only those fields: kept per note by the
 * client's note index as each note changes, instead of re-reading the whole board (checking
 * each whole note of a 5,000-note board takes tens of milliseconds). Null when the entry is
 * missing or not a valid note place.
 */
export function readNoteShape(doc: Y.Doc, id: string): NoteShape | null {
  const fields = boardCollection(doc, "notes").get(id);
  if (!(fields instanceof Y.Map)) return null;
  const parsed = NoteShapeSchema.safeParse({
    id,
    x: fields.get("x"),
    y: fields.get("y"),
    w: fields.get("w"),
    h: fields.get("h"),
    colour: fields.get("colour"),
    organisationId: fields.get("organisationId"),
  });
  return parsed.success ? parsed.data : null;
}

/**
 * Changes some fields of a note. Throws when asked to put text on a hidden note: that text would
 * reach every client, which is exactly what private writing promises not to do.
 */
export function updateNote(doc: Y.Doc, id: string, patch: NotePatch): boolean {
  const checked = NotePatchSchema.parse(patch);
  if (checked.text !== undefined && readNote(doc, id)?.hidden) {
    throw new Error("a hidden note's text belongs in its author's private room");
  }
  return patchRecord(boardCollection(doc, "notes"), id, checked);
}

/**
 * Deletes notes with what only they gave meaning to: connectors touching them and clusters left
 * with no note.
 */
export function deleteNotes(doc: Y.Doc, ids: readonly string[]): void {
  const notes = boardCollection(doc, "notes");
  doc.transact(() => {
    for (const id of ids) notes.delete(id);
    removeConnectorsOf(doc, new Set(ids));
    pruneEmptyClusters(doc);
  });
}

/** Deletes clusters no note points to any more: a cluster is its notes, nothing else. */
export function pruneEmptyClusters(doc: Y.Doc): void {
  const clusters = boardCollection(doc, "clusters");
  const inUse = new Set(readNotes(doc).map((note) => note.clusterId));
  for (const clusterId of [...clusters.keys()]) {
    if (!inUse.has(clusterId)) clusters.delete(clusterId);
  }
}
