import { addFrame, addNote, NOTE_DEFAULT_SIZE, type NoteAuthor } from "@tavolo/shared";
import type * as Y from "yjs";

const FRAMES = 8;
const FRAME_COLUMNS = 4;
const STEP = { x: NOTE_DEFAULT_SIZE.w + 20, y: NOTE_DEFAULT_SIZE.h + 20 };
const PAD = { x: 30, top: 90, bottom: 30 };
const TITLES = ["Bisogni", "Risorse", "Attori", "Idee", "Azioni", "Rischi", "Tempi", "Domande"];
/** Edits per transaction: a workshop's notes arrive over time, not as one giant update. */
const BATCH = 100;

/** Where the seeded notes are, for the measurements to pick from. */
export interface SeededBoard {
  noteIds: string[];
  /** The notes of the top-left frame, the board's first when it opens (see useInitialFit). */
  firstFrameNoteIds: string[];
  /**
   * The top-left frame's first notes (up to 5 columns × 4 rows): on screen at open on a
   * 1280 × 800 page whatever the board's size, so the open probe waits for them and the page
   * measurements use them (viewport culling leaves far notes out of the DOM).
   */
  onScreenNoteIds: string[];
  /** The board's extent, for the others' pointers to wander over. */
  area: { w: number; h: number };
}

/**
 * Lays out `count` notes over eight frames (a 4 × 2 grid of square-ish note grids), written
 * through the shared board functions by `doc`'s client, authors taken in turn from `authors`.
 */
export function seedBoard(doc: Y.Doc, count: number, authors: readonly NoteAuthor[]): SeededBoard {
  const perFrame = Math.ceil(count / FRAMES);
  const columns = Math.max(1, Math.ceil(Math.sqrt(perFrame * 1.2)));
  const rows = Math.max(1, Math.ceil(perFrame / columns));
  const frameSize = {
    w: columns * STEP.x + 2 * PAD.x,
    h: rows * STEP.y + PAD.top + PAD.bottom,
  };
  const noteIds: string[] = [];
  const firstFrameNoteIds: string[] = [];
  const onScreenNoteIds: string[] = [];
  for (let frame = 0; frame < FRAMES; frame++) {
    const origin = {
      x: (frame % FRAME_COLUMNS) * (frameSize.w + 80),
      y: Math.floor(frame / FRAME_COLUMNS) * (frameSize.h + 80),
    };
    doc.transact(() =>
      addFrame(doc, { title: TITLES[frame] ?? `Riquadro ${frame}`, ...origin, ...frameSize }),
    );
    const inFrame = Math.min(perFrame, count - noteIds.length);
    for (let start = 0; start < inFrame; start += BATCH) {
      doc.transact(() => {
        for (let i = start; i < Math.min(inFrame, start + BATCH); i++) {
          const author = authors[noteIds.length % authors.length];
          if (!author) throw new Error("seeding needs at least one author");
          const note = addNote(
            doc,
            {
              text: `Nota ${noteIds.length + 1}: ${TITLES[frame]?.toLowerCase()} del quartiere`,
              x: origin.x + PAD.x + (i % columns) * STEP.x,
              y: origin.y + PAD.top + Math.floor(i / columns) * STEP.y,
            },
            author,
          );
          noteIds.push(note.id);
          if (frame === 0) firstFrameNoteIds.push(note.id);
          if (frame === 0 && i % columns < 5 && i < 4 * columns) onScreenNoteIds.push(note.id);
        }
      });
    }
  }
  const area = {
    w: FRAME_COLUMNS * (frameSize.w + 80),
    h: Math.ceil(FRAMES / FRAME_COLUMNS) * (frameSize.h + 80),
  };
  return { noteIds, firstFrameNoteIds, onScreenNoteIds, area };
}
