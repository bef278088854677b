/**
 * Below this zoom a note's 18 px text is under 9 px on screen, too small to read: notes are drawn
 * as their gist instead (NoteGist). Zoomed out on a 5,000-note board, several hundred notes are
 * on screen; their full cards (text measured for overflow, author line, blurred shadows) cost
 * most of each frame of a pan or zoom (server/bench/board-render).
 */
export const GIST_ZOOM = 0.5;

/** Characters of a note's text shown as its gist: three lines of the large type at most. */
const GIST_CHARS = 60;

/** The text's first GIST_CHARS characters, cut after a whole word where there is one. */
export function gistOf(text: string): string {
  if (text.length <= GIST_CHARS) return text;
  const cut = text.slice(0, GIST_CHARS + 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, GIST_CHARS)).trimEnd()}…`;
}

/**
 * A note seen from far: its first words in large type. The card around it keeps its colour,
 * place, label, keyboard handling and dots (NoteCard).
 */
export function NoteGist({ text }: { text: string }) {
  return (
    <p className="tavolo-note__gist" aria-hidden="true">
      {gistOf(text)}
    </p>
  );
}
