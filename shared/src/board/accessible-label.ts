import type { BoardNote } from "./notes.ts";

/** Long notes are cut in the label: a screen reader user can open the note to hear it all. */
export const LABEL_TEXT_MAX = 200;

export interface NoteLabelContext {
  organisationName: string | null;
  /** Votes from a closed vote; null while none has closed (nothing is said then). */
  votes: number | null;
  frameTitle?: string | null;
  clusterName?: string | null;
  lang?: "it" | "en";
}

const WORDS = {
  it: {
    note: "Nota di",
    hidden: "Nota nascosta di",
    empty: "Nota vuota di",
    writing: "scrittura individuale in corso",
    frame: "nel riquadro",
    cluster: "gruppo",
    votes: (n: number) => (n === 1 ? "1 voto" : `${n} voti`),
  },
  en: {
    note: "Note by",
    hidden: "Hidden note by",
    empty: "Empty note by",
    writing: "private writing in progress",
    frame: "in frame",
    cluster: "group",
    votes: (n: number) => (n === 1 ? "1 vote" : `${n} votes`),
  },
} as const;

/**
 * What a screen reader announces for a note (`aria-label`), e.g. "Nota di Anna Rossi
 * (Cooperativa Meta): Alloggi sfitti in via Roma, 3 voti". A hidden card says only whose it is,
 * since that is all anyone else may know.
 */
export function noteAccessibleLabel(note: BoardNote, context: NoteLabelContext): string {
  const words = WORDS[context.lang ?? "it"];
  const who = context.organisationName
    ? `${note.authorName} (${context.organisationName})`
    : note.authorName;
  if (note.hidden) return `${words.hidden} ${who}: ${words.writing}`;
  const text = shorten(note.text.replace(/\s+/g, " ").trim());
  const parts = [text ? `${words.note} ${who}: ${text}` : `${words.empty} ${who}`];
  if (context.frameTitle) parts.push(`${words.frame} «${context.frameTitle}»`);
  if (context.clusterName) parts.push(`${words.cluster} «${context.clusterName}»`);
  if (context.votes !== null) parts.push(words.votes(context.votes));
  return parts.join(", ");
}

function shorten(text: string): string {
  if (text.length <= LABEL_TEXT_MAX) return text;
  return `${text.slice(0, LABEL_TEXT_MAX - 1).trimEnd()}…`;
}
