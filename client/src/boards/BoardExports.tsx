import { boardWithAuthorsHidden, readImages } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { downloadNotesCsv } from "./exportCsv.ts";
import { downloadBoardPng, downloadBoardSvg, type ImageExportInput } from "./exportImage.ts";
import { photoDataUrls } from "./images/photoApi.ts";
import { useAuthorsHidden } from "./layout/useAnonymity.ts";
import { useVoteState } from "./useVoting.ts";

/**
 * Export the board: its notes as CSV (for a spreadsheet), the whole board as SVG (sharp at any
 * size, editable) or PNG (for a slide or the verbale). Each carries the latest closed vote;
 * in anonymous mode each reads a copy of the board with the authors hidden.
 */
export function BoardExports() {
  const { t, i18n } = useTranslation();
  const board = useBoard();
  const anonymity = useAuthorsHidden();
  const source = () =>
    anonymity.hidden
      ? boardWithAuthorsHidden(board.rooms.board.doc, anonymity.lang)
      : board.rooms.board.doc;
  const votes = useVoteState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const counts = votes.closed?.results?.counts;
  const input = async (): Promise<ImageExportInput> => ({
    board: source(),
    pictures: await photoDataUrls(board.info.board, readImages(board.rooms.board.doc)),
    organisations: board.info.organisations,
    counts,
    title: board.info.board.title,
    lang: anonymity.lang,
  });
  const png = () => {
    setBusy(true);
    setError(null);
    input()
      .then(downloadBoardPng)
      .catch(() => setError(t("boards.export.pngFailed")))
      .finally(() => setBusy(false));
  };
  const button = (format: string, hint: string, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className="btn btn-sm btn-outline-primary"
      onClick={onClick}
      disabled={disabled}
      aria-label={t("boards.export.as", { format })}
      title={hint}
    >
      {format}
    </button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons inside a toolbar, not a form
    <span className="tavolo-toolbar__exports" role="group" aria-labelledby="board-export-label">
      <span id="board-export-label" className="tavolo-toolbar__label">
        {t("boards.export.label")}
      </span>
      {button("CSV", t("boards.export.hintCsv"), () =>
        downloadNotesCsv(
          source(),
          board.info.organisations,
          votes.closed,
          board.info.board.title,
          i18n.language,
        ),
      )}
      {button("SVG", t("boards.export.hintSvg"), () => void input().then(downloadBoardSvg))}
      {button("PNG", t("boards.export.hintPng"), png, busy)}
      {error && (
        <span className="text-danger" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
