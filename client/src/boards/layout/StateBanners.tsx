import { readAnonymity, readLocks, readPrivateWriting } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "../boardContext.ts";
import { useDocValue } from "../yHooks.ts";

const readState = (control: Y.Doc) => {
  const anonymity = readAnonymity(control);
  return {
    locked: readLocks(control).board,
    writing: readPrivateWriting(control).active,
    anonymous: anonymity?.active ?? false,
    anonymousAfter: anonymity !== null && !anonymity.active && anonymity.keepAfter,
  };
};

/**
 * What the facilitator has set that changes what each person may do or see: a locked board,
 * the observer's role, private writing, anonymous mode. Said in words, for everyone.
 */
export function StateBanners() {
  const { t } = useTranslation();
  const board = useBoard();
  const state = useDocValue(board.rooms.control.doc, readState);
  const observer = board.info.me.role === "osservatore";
  const lines = [
    observer && { key: "observer", text: t("boards.workshop.observer"), tone: "secondary" },
    state.locked && { key: "locked", text: t("boards.workshop.locked"), tone: "warning" },
    state.writing && { key: "writing", text: t("boards.workshop.privateWriting"), tone: "info" },
    state.anonymous && { key: "anonymous", text: t("boards.workshop.anonymous"), tone: "info" },
    state.anonymousAfter && {
      key: "anonymous-after",
      text: t("boards.workshop.anonymousAfter"),
      tone: "secondary",
    },
  ].filter((line) => line !== false);
  return (
    <div role="status" className="tavolo-strip__states" data-testid="board-states">
      {lines.map((line) => (
        <p key={line.key} className={`alert alert-${line.tone} tavolo-strip__banner`}>
          {line.text}
        </p>
      ))}
    </div>
  );
}
