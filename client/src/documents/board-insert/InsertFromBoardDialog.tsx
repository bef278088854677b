import type { BoardExtract, BoardOutputsResponse, WorkspaceRoom } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../forms/FormDialog.tsx";
import { BoardOutputPreview } from "./BoardOutputPreview.tsx";
import { OutputChoices } from "./OutputChoices.tsx";
import { useBoardOutputs } from "./useBoardOutputs.ts";

interface InsertFromBoardDialogProps {
  open: boolean;
  procedureId: string;
  boards: readonly WorkspaceRoom[];
  /** Inserts at the cursor; false when the editor refused it there. */
  onInsert: (board: BoardOutputsResponse["board"], extract: BoardExtract) => boolean;
  onCancel: () => void;
  /** Called once the dialog has closed, to put the focus back in the text. */
  onClosed: () => void;
}

/**
 * "Inserisci dalla lavagna": a modal dialog (native `<dialog>`, focus kept inside and returned)
 * to pick a board of the procedure, one of its outputs, and see the list before inserting it.
 */
export function InsertFromBoardDialog(props: InsertFromBoardDialogProps) {
  const { open, procedureId, boards, onInsert, onCancel, onClosed } = props;
  const { t } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState<string | null>(null);
  // A board created while the page is open appears once the procedure reloads.
  const boardId = boards.find((board) => board.id === picked)?.id ?? boards[0]?.id ?? "";
  const { loaded, response, chosen, choice, setChoice } = useBoardOutputs(
    open,
    procedureId,
    boardId,
  );
  const [refused, setRefused] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (response && chosen && chosen.items.length > 0) {
      setRefused(!onInsert(response.board, chosen));
    }
  };

  return (
    <FormDialog
      open={open}
      title={t("documents.insertBoard.title")}
      intro={t("documents.insertBoard.intro")}
      className="tavolo-board-insert"
      onOpen={() => setRefused(false)}
      onClosed={onClosed}
      onCancel={onCancel}
      onSubmit={submit}
    >
      {boards.length === 0 ? (
        <p className="alert alert-info">{t("documents.insertBoard.noBoards")}</p>
      ) : (
        <>
          <div className="tavolo-field">
            <label htmlFor={`${id}-board`} className="tavolo-field__label">
              {t("documents.insertBoard.board")}
            </label>
            <select
              id={`${id}-board`}
              className="form-select"
              value={boardId}
              onChange={(event) => setPicked(event.target.value)}
            >
              {boards.map((board) => (
                <option key={board.id} value={board.id}>
                  {board.title}
                </option>
              ))}
            </select>
          </div>
          <div aria-live="polite">
            {loaded.state === "loading" && <p>{t("documents.insertBoard.loading")}</p>}
            {loaded.state === "failed" && (
              <p className="alert alert-danger">{t("documents.insertBoard.failed")}</p>
            )}
            {response?.outputs.length === 0 && <p>{t("documents.insertBoard.empty")}</p>}
          </div>
          {response && response.outputs.length > 0 && (
            <OutputChoices
              id={id}
              outputs={response.outputs}
              choice={choice}
              onChoose={setChoice}
            />
          )}
          {response && chosen && (
            <BoardOutputPreview id={id} boardTitle={response.board.title} extract={chosen} />
          )}
        </>
      )}
      {refused && (
        <p className="alert alert-warning" role="alert">
          {t("documents.insertBoard.refused")}
        </p>
      )}
      <div className="tavolo-dialog__actions">
        <button type="submit" className="btn btn-primary" disabled={!chosen}>
          {t("documents.insertBoard.insert")}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t("documents.insertBoard.cancel")}
        </button>
      </div>
    </FormDialog>
  );
}
