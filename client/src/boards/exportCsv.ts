import { CSV_BOM, notesToCsv, readBoard, type VoteSession } from "@tavolo/shared";
import type * as Y from "yjs";
import { boardFileName, downloadBlob } from "./download.ts";

/**
 * The board's visible notes as a CSV file (with the latest closed vote's counts), downloaded:
 * semicolons for the Italian interface (Italian Excel's list separator), commas for English.
 */
export function downloadNotesCsv(
  board: Y.Doc,
  organisations: Readonly<Record<string, string>>,
  vote: VoteSession | null,
  title: string,
  language: string,
): void {
  const csv = notesToCsv(readBoard(board), {
    organisations: new Map(Object.entries(organisations)),
    counts: vote?.results?.counts,
    voteScope: vote?.scope,
    separator: language.startsWith("en") ? "," : ";",
  });
  const blob = new Blob([CSV_BOM, csv], { type: "text/csv;charset=utf-8" });
  downloadBlob(blob, boardFileName(title, "csv"));
}
