import type * as Y from "yjs";
import { z } from "zod";
import {
  boardCollection,
  type CreateOptions,
  ItemIdSchema,
  insertRecord,
  patchRecord,
  TimestampSchema,
} from "./board-shape.ts";
import { ControlKey, controlMap, readControlValue, writeControlValue } from "./control-shape.ts";
import {
  addNote,
  type BoardNote,
  buildNote,
  type NewNote,
  NOTE_TEXT_MAX,
  type NoteAuthor,
  readNote,
  readNotes,
} from "./notes.ts";

/**
 * Private writing ("scrittura individuale"): while a facilitator has it on, each person's new
 * notes appear to the others as hidden cards, and their text must not reach any other client.
 * So the text never enters the board room: the board holds a placeholder (author, organisation,
 * position, `hidden: true`, no `text` key) and the text lives in the author's private room
 * (`<boardId>:private:<personId>`, which the server opens to that person alone) in the `drafts`
 * map: note id -> text. On reveal, the drafts are copied onto their placeholders.
 */
export const PRIVATE_DRAFTS = "drafts";

export const PrivateWritingSchema = z.object({
  active: z.boolean(),
  startedAt: TimestampSchema.nullable(),
  startedBy: ItemIdSchema.nullable(),
  revealedAt: TimestampSchema.nullable(),
});
export type PrivateWriting = z.infer<typeof PrivateWritingSchema>;

export const PRIVATE_WRITING_OFF: PrivateWriting = {
  active: false,
  startedAt: null,
  startedBy: null,
  revealedAt: null,
};

export function readPrivateWriting(control: Y.Doc): PrivateWriting {
  const map = controlMap(control);
  return readControlValue(
    map,
    ControlKey.privateWriting,
    PrivateWritingSchema,
    PRIVATE_WRITING_OFF,
  );
}

/** Turns private writing on (facilitators, through the control room). */
export function startPrivateWriting(
  control: Y.Doc,
  startedBy: string,
  now: number,
): PrivateWriting {
  const state = { active: true, startedAt: iso(now), startedBy, revealedAt: null };
  return writeControlValue(
    controlMap(control),
    ControlKey.privateWriting,
    PrivateWritingSchema,
    state,
  );
}

/**
 * Turns it off and records the reveal. Whoever reveals (the server, see `revealDrafts`) calls this
 * after copying the drafts, so nobody sees "revealed" while cards are still hidden.
 */
export function endPrivateWriting(control: Y.Doc, now: number): PrivateWriting {
  const state = { ...readPrivateWriting(control), active: false, revealedAt: iso(now) };
  return writeControlValue(
    controlMap(control),
    ControlKey.privateWriting,
    PrivateWritingSchema,
    state,
  );
}

function iso(now: number): string {
  return new Date(now).toISOString();
}

export function privateDrafts(privateDoc: Y.Doc): Y.Map<unknown> {
  return privateDoc.getMap(PRIVATE_DRAFTS);
}

/** What the board stores for a hidden note: the note without its text. */
export type Placeholder = Omit<BoardNote, "text"> & { hidden: true };

/** Strips a note down to the placeholder the others may see. */
export function placeholderOf(note: BoardNote): Placeholder {
  const { text: _text, ...rest } = note;
  return { ...rest, hidden: true };
}

/**
 * Places a note while private writing is on: the placeholder goes to the board, the text to the
 * author's private room. Returns the note as its author sees it.
 */
export function addPrivateNote(
  board: Y.Doc,
  privateDoc: Y.Doc,
  input: NewNote,
  author: NoteAuthor,
  options?: CreateOptions,
): BoardNote {
  const note = buildNote(input, author, options);
  privateDrafts(privateDoc).set(note.id, note.text);
  insertRecord(boardCollection(board, "notes"), placeholderOf(note));
  return { ...note, hidden: true };
}

/** Places a note the way the current mode requires, so a client cannot pick the wrong path. */
export function placeNote(
  rooms: { board: Y.Doc; privateDoc: Y.Doc },
  privateWriting: Pick<PrivateWriting, "active">,
  input: NewNote,
  author: NoteAuthor,
  options?: CreateOptions,
): BoardNote {
  return privateWriting.active
    ? addPrivateNote(rooms.board, rooms.privateDoc, input, author, options)
    : addNote(rooms.board, input, author, options);
}

/** Edits the text of one's own hidden note: in the private room only. */
export function setDraftText(privateDoc: Y.Doc, noteId: string, text: string): void {
  privateDrafts(privateDoc).set(noteId, z.string().max(NOTE_TEXT_MAX).parse(text));
}

/** The drafts of a private room: note id -> text (non-text entries are ignored). */
export function readDrafts(privateDoc: Y.Doc): Map<string, string> {
  const drafts = new Map<string, string>();
  for (const [noteId, text] of privateDrafts(privateDoc)) {
    if (typeof text === "string" && text.length <= NOTE_TEXT_MAX) drafts.set(noteId, text);
  }
  return drafts;
}

/**
 * The reveal merge: copies `ownerId`'s drafts onto their placeholders and makes them visible.
 * Only notes still hidden and written by `ownerId` are touched, so it is safe to run more than
 * once, by the server and the author's client alike: the second run finds nothing hidden, never
 * doubles a text, never overwrites an edit made after the reveal, and a draft keyed by someone
 * else's note id changes nothing. Returns the ids revealed.
 */
export function revealDrafts(
  board: Y.Doc,
  drafts: ReadonlyMap<string, string>,
  ownerId: string,
): string[] {
  const notes = boardCollection(board, "notes");
  const revealed: string[] = [];
  board.transact(() => {
    for (const [noteId, text] of drafts) {
      const note = readNote(board, noteId);
      if (!note?.hidden || note.authorId !== ownerId) continue;
      patchRecord(notes, noteId, { text, hidden: false });
      revealed.push(noteId);
    }
  });
  return revealed;
}

/**
 * What the server runs when a facilitator reveals: merges every member's drafts (their private
 * rooms, loaded by the server, which alone may open them all) into the board, then turns private
 * writing off in the control room. Authors need not be online. Returns the ids revealed.
 */
export function revealAll(
  board: Y.Doc,
  control: Y.Doc,
  privateRooms: readonly { personId: string; doc: Y.Doc }[],
  now: number,
): string[] {
  const revealed = privateRooms.flatMap(({ personId, doc }) =>
    revealDrafts(board, readDrafts(doc), personId),
  );
  endPrivateWriting(control, now);
  return revealed;
}

/**
 * What the author sees: their own hidden notes with the text from their drafts; everybody
 * else's hidden cards stay empty.
 */
export function withOwnDrafts(
  notes: readonly BoardNote[],
  drafts: ReadonlyMap<string, string>,
  personId: string,
): BoardNote[] {
  return notes.map((note) => {
    const text = note.hidden && note.authorId === personId ? drafts.get(note.id) : undefined;
    return text === undefined ? note : { ...note, text };
  });
}

/** Drops drafts whose note was revealed or deleted, so the private room does not grow forever. */
export function pruneDrafts(privateDoc: Y.Doc, board: Y.Doc): void {
  const hidden = new Set(readNotes(board).flatMap((note) => (note.hidden ? [note.id] : [])));
  const drafts = privateDrafts(privateDoc);
  privateDoc.transact(() => {
    for (const noteId of [...drafts.keys()]) if (!hidden.has(noteId)) drafts.delete(noteId);
  });
}
