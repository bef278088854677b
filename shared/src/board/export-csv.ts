import { frameOf } from "./frames.ts";
import { keyboardOrder } from "./navigation.ts";
import type { BoardNote } from "./notes.ts";
import { type BoardSnapshot, type OrganisationNames, organisationName } from "./snapshot.ts";
import { isNoteInVoteScope } from "./vote-scope.ts";
import type { VoteScope } from "./voting.ts";

/** The header row, in Italian like the rest of what Tavolo hands to a municipality. */
export const NOTES_CSV_HEADER = ["Testo", "Autore", "Organizzazione", "Riquadro", "Gruppo", "Voti"];

/** How a photo's row starts in the Testo column. */
export const PHOTO_PREFIX = "[Foto]";

/** Prepend to the file when it is meant for Excel, which otherwise misreads UTF-8 accents. */
export const CSV_BOM = "\uFEFF";

/**
 * What separates fields: Excel set to Italian (and most of continental Europe) opens a file
 * split by semicolons into columns, and one split by commas as a single column.
 */
export type CsvSeparator = ";" | ",";
export const CSV_SEPARATOR_IT: CsvSeparator = ";";

/**
 * One CSV field per RFC 4180: quoted when it holds a semicolon, a comma, a quote or a line
 * break (either separator, so the file also survives being re-read with the other one), quotes
 * doubled. A field a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is
 * prefixed with an apostrophe, so opening the export cannot run a partner's "=HYPERLINK(...)".
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined with CRLF, as RFC 4180 asks; ends with a line break. */
export function toCsv(
  rows: readonly (readonly string[])[],
  separator: CsvSeparator = CSV_SEPARATOR_IT,
): string {
  return rows.map((row) => `${row.map(csvField).join(separator)}\r\n`).join("");
}

export interface NotesCsvOptions {
  organisations: OrganisationNames;
  /** Per-note counts of a closed vote; without them the Voti column is empty. */
  counts?: Readonly<Record<string, number>>;
  /**
   * What that vote was on. A note outside it (another frame) gets an empty Voti cell rather
   * than a 0 it never had the chance to beat.
   */
  voteScope?: VoteScope;
  /** `;` (the default) for Italian Excel, `,` for an English one. */
  separator?: CsvSeparator;
}

/**
 * The board's notes as CSV, one row per visible note in keyboard order (frame by frame). Hidden
 * cards are left out: they have no text to export, and their existence is not a contribution.
 */
export function notesToCsv(board: BoardSnapshot, options: NotesCsvOptions): string {
  const clusters = new Map(board.clusters.map((cluster) => [cluster.id, cluster.name]));
  const visible = board.notes.filter((note) => !note.hidden);
  const rows = keyboardOrder(visible, board.frames).map((note) => [
    note.text,
    note.authorName,
    organisationName(options.organisations, note.organisationId) ?? "",
    frameOf(note, board.frames)?.title ?? "",
    (note.clusterId && clusters.get(note.clusterId)) || "",
    votesCell(note, board, options),
  ]);
  // Photos are listed after the notes, by their description, so the sheet says they exist.
  const photos = (board.images ?? []).map((image) => [
    `${PHOTO_PREFIX} ${image.alt}`,
    "",
    "",
    frameOf(image, board.frames)?.title ?? "",
    "",
    "",
  ]);
  return toCsv([NOTES_CSV_HEADER, ...rows, ...photos], options.separator);
}

function votesCell(note: BoardNote, board: BoardSnapshot, options: NotesCsvOptions): string {
  if (!options.counts) return "";
  const { voteScope } = options;
  if (voteScope && !isNoteInVoteScope(voteScope, note, board.frames)) return "";
  return String(options.counts[note.id] ?? 0);
}
