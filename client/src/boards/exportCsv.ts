import { CSV_BOM, notesToCsv, readBoard, type VoteSession } from "@tavolo/shared";
import type * as Y from "yjs";
import { boardFileName, downloadBlob } from "./download.ts";

/** The board's visible notes as a CSV file (with the latest closed vote's counts), downloaded. */
export function downloadNotesCsv(
  board: Y.Doc,
  organisations: Readonly<Record<string, string>>,
  vote: VoteSession | null,
  title: string,
): void {
  const csv = notesToCsv(readBoard(board), {
    organisations: new Map(Object.entries(organisations)),
    counts: vote?.results?.counts,
    voteScope: vote?.scope,
  });
  const blob = new Blob([CSV_BOM, csv], { type: "text/csv;charset=utf-8" });
  downloadBlob(blob, boardFileName(title, "csv"));
}
