import type * as Y from "yjs";

/**
 * The shape of the scratch-note room that proves the sync pipe end to end: one shared text.
 * Later issues replace it with boards and documents, each defined here the same way.
 */
export const SCRATCH_NOTE_TEXT = "text";

export function scratchNoteText(doc: Y.Doc): Y.Text {
  return doc.getText(SCRATCH_NOTE_TEXT);
}

/** The presence each client publishes in the awareness `user` field. */
export interface PresenceUser {
  name: string;
  color: string;
}
