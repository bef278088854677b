import { boardCollection, type NoteShape, readNoteShape } from "@tavolo/shared";
import type * as Y from "yjs";

/** Told after each change whether notes were added or removed (not only changed). */
type Listener = (added: boolean) => void;

/**
 * Every note's place and colour, kept per note from the Yjs events: a remote move re-reads the
 * one note it touched, not the whole board (reading 5,000 notes took tens of milliseconds on
 * each move, see server/bench/board-render). One per board document, for the note order,
 * culling and the minimap alike.
 */
export class NoteIndex {
  private readonly shapes = new Map<string, NoteShape>();
  /** Ids in key order (as `readNotes` lists them), rebuilt only when notes come or go. */
  private ids: string[] | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly doc: Y.Doc) {
    const notes = boardCollection(doc, "notes");
    for (const id of notes.keys()) this.reread(id);
    notes.observeDeep((events) => {
      let added = false;
      for (const event of events) {
        if (event.target === notes) {
          added = true;
          for (const id of (event as Y.YMapEvent<unknown>).keysChanged) this.reread(id);
        } else if (typeof event.path[0] === "string") {
          this.reread(event.path[0]);
        }
      }
      for (const listener of this.listeners) listener(added);
    });
  }

  /** The valid notes' shapes, in key order. */
  list(): NoteShape[] {
    this.ids ??= [...this.shapes.keys()].sort();
    return this.ids.flatMap((id) => this.shapes.get(id) ?? []);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private reread(id: string): void {
    const shape = readNoteShape(this.doc, id);
    const known = this.shapes.has(id);
    if (shape) this.shapes.set(id, shape);
    else this.shapes.delete(id);
    if (known !== (shape !== null)) this.ids = null;
  }
}

const indexes = new WeakMap<Y.Doc, NoteIndex>();

/** The board document's note index, made on first use and kept for the document's life. */
export function noteIndex(doc: Y.Doc): NoteIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = new NoteIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}
