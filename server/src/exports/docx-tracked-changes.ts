import { DeletedTextRun, InsertedTextRun, type IRunOptions, TextRun } from "docx";
import type { ExportChange } from "./model.ts";

/**
 * A live draft's pending suggestions as Word tracked changes (`w:ins`, `w:del` with `w:author`
 * and `w:date`), so a partner reviews them in Word or LibreOffice. Frozen versions never carry
 * suggestions: their text is taken without them.
 *
 * Word wants a numeric id unique in the document: the ids are counted from 1 in the order the
 * runs are built, which is the reading order, so the same draft gives the same file.
 */
export class TrackedChanges {
  private next = 1;

  /** A text run, wrapped as an insertion or deletion when `change` is set. */
  run(options: IRunOptions & { text: string }, change: ExportChange | undefined) {
    if (!change) return new TextRun(options);
    const revision = { id: this.next++, author: change.author, date: change.date };
    return change.kind === "insertion"
      ? new InsertedTextRun({ ...options, ...revision })
      : new DeletedTextRun({ ...options, ...revision });
  }
}
