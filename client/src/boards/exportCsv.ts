import { CSV_BOM, notesToCsv, readBoard } from "@tavolo/shared";
import type * as Y from "yjs";

/** The board's visible notes as a CSV file (with the latest vote's counts), downloaded. */
export function downloadNotesCsv(
  board: Y.Doc,
  organisations: Readonly<Record<string, string>>,
  counts: Readonly<Record<string, number>> | undefined,
  title: string,
): void {
  const csv = notesToCsv(readBoard(board), {
    organisations: new Map(Object.entries(organisations)),
    counts,
  });
  const url = URL.createObjectURL(new Blob([CSV_BOM, csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "lavagna"}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
