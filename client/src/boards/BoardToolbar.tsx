import { NOTE_COLOURS, NoteColourChoiceSchema, NoteColourSchema } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { BoardExports } from "./BoardExports.tsx";
import { useBoard } from "./boardContext.ts";
import { colourNotes, mayCreate } from "./noteActions.ts";
import { useSelection } from "./selection.ts";
import type { BoardCommands } from "./useBoardCommands.ts";
import { type LiveViewport, useLiveZoomPercent } from "./useLiveViewport.ts";

/** Everyone's tools: new note, undo/redo, zoom, what to do with the selection, export. */
export function BoardToolbar({
  commands,
  onPaint,
}: {
  commands: BoardCommands;
  onPaint: LiveViewport["onPaint"];
}) {
  const { t, i18n } = useTranslation();
  const board = useBoard();
  const selection = useSelection(board.selection);
  const lang = i18n.language.startsWith("en") ? "en" : "it";
  const button = (label: string, onClick: () => void, disabled = false, text?: string) => (
    <button
      type="button"
      className="btn btn-sm btn-outline-primary"
      onClick={onClick}
      disabled={disabled}
      aria-label={text ? label : undefined}
      title={label}
    >
      {text ?? label}
    </button>
  );
  const none = selection.size === 0;
  return (
    <div className="tavolo-toolbar" role="toolbar" aria-label={t("boards.toolbar.label")}>
      <button
        type="button"
        className="btn btn-sm btn-primary"
        onClick={commands.newNote}
        disabled={!mayCreate(board)}
      >
        {t("boards.toolbar.newNote")}
      </button>
      {button(t("boards.toolbar.undo"), commands.undo, false, "↶")}
      {button(t("boards.toolbar.redo"), commands.redo, false, "↷")}
      <span className="tavolo-toolbar__sep" />
      {button(t("boards.toolbar.zoomOut"), commands.zoomOut, false, "−")}
      <ZoomLevel onPaint={onPaint} label={t("boards.toolbar.zoomLevel")} />
      {button(t("boards.toolbar.zoomIn"), commands.zoomIn, false, "+")}
      {button(t("boards.toolbar.fit"), commands.fit)}
      <span className="tavolo-toolbar__sep" />
      <label className="visually-hidden" htmlFor="board-note-colour">
        {t("boards.toolbar.colour")}
      </label>
      <select
        id="board-note-colour"
        className="form-select form-select-sm tavolo-toolbar__colour"
        disabled={none}
        value=""
        onChange={(event) => {
          const colour = NoteColourChoiceSchema.safeParse(event.target.value);
          if (colour.success) colourNotes(board, selection, colour.data);
        }}
      >
        <option value="">{t("boards.toolbar.colour")}</option>
        <option value="organizzazione">{t("boards.toolbar.organisationColour")}</option>
        {NoteColourSchema.options.map((colour) => (
          <option key={colour} value={colour}>
            {NOTE_COLOURS[colour][lang]}
          </option>
        ))}
      </select>
      {button(t("boards.toolbar.duplicate"), commands.duplicate, none)}
      {button(t("boards.toolbar.delete"), commands.remove, none)}
      <span className="tavolo-toolbar__sep" />
      <BoardExports />
    </div>
  );
}

/** The zoom figure, re-rendered alone as the view zooms (the toolbar around it does not). */
function ZoomLevel({ onPaint, label }: { onPaint: LiveViewport["onPaint"]; label: string }) {
  const zoom = useLiveZoomPercent(onPaint);
  return (
    <output className="tavolo-toolbar__zoom" aria-label={label}>
      {zoom}%
    </output>
  );
}
