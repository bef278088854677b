import { boardCollection } from "@tavolo/shared";
import type { TFunction } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "../boardContext.ts";
import { type EditCounts, EditTally } from "./editTally.ts";

/** At most one announcement of others' edits in this time, so a busy board does not drown speech. */
const EDIT_ANNOUNCE_MS = 4000;

export function describeEdits(counts: EditCounts, t: TFunction): string {
  return [
    counts.added ? t("boards.keyboard.added", { count: counts.added }) : "",
    counts.changed ? t("boards.keyboard.changed", { count: counts.changed }) : "",
    counts.removed ? t("boards.keyboard.removed", { count: counts.removed }) : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/**
 * A polite live region for what a screen-reader user cannot see: how many notes are picked as
 * the selection changes, and — at most every few seconds — how many notes others added, changed
 * or deleted meanwhile.
 */
export function BoardAnnouncer() {
  const { t } = useTranslation();
  const board = useBoard();
  const [message, setMessage] = useState("");
  const doc = board.rooms.board.doc;
  const { selection } = board;

  useEffect(() => {
    let before = selection.isPicked ? selection.current.size : 0;
    return selection.subscribe(() => {
      const now = selection.isPicked ? selection.current.size : 0;
      if (now === before) return;
      before = now;
      setMessage(
        now ? t("boards.keyboard.picked", { count: now }) : t("boards.keyboard.selectionCleared"),
      );
    });
  }, [selection, t]);

  useEffect(() => {
    const notes = boardCollection(doc, "notes");
    const tally = new EditTally();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const counts = tally.take();
      if (counts) setMessage(describeEdits(counts, t));
    };
    const observer = (
      events: Parameters<Parameters<typeof notes.observeDeep>[0]>[0],
      transaction: { local: boolean },
    ) => {
      tally.record(events, transaction.local);
      if (!transaction.local && !timer) timer = setTimeout(flush, EDIT_ANNOUNCE_MS);
    };
    notes.observeDeep(observer);
    return () => {
      notes.unobserveDeep(observer);
      if (timer) clearTimeout(timer);
    };
  }, [doc, t]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="board-announcer">
      {message}
    </div>
  );
}
