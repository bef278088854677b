import type { BoardExtract, BoardOutputsResponse, WorkspaceRoom } from "@tavolo/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BoardOutputPreview } from "./BoardOutputPreview.tsx";
import { fetchBoardOutputs } from "./boardOutputsApi.ts";

/** An output's key among its board's: its source, which is unique on a board. */
const keyOf = (extract: BoardExtract) => JSON.stringify(extract.source);

type Loaded =
  | { state: "loading" }
  | { state: "failed" }
  | { state: "ready"; response: BoardOutputsResponse };

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
  const dialog = useRef<HTMLDialogElement>(null);
  const [picked, setPicked] = useState<string | null>(null);
  // A board created while the page is open appears once the procedure reloads.
  const boardId = boards.find((board) => board.id === picked)?.id ?? boards[0]?.id ?? "";
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [choice, setChoice] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) {
      setRefused(false);
      element.showModal();
    }
    if (!open && element?.open) {
      element.close();
      onClosed();
    }
  }, [open, onClosed]);

  useEffect(() => {
    if (!open || !boardId) return;
    let current = true;
    setLoaded({ state: "loading" });
    fetchBoardOutputs(procedureId, boardId).then(
      (response) => {
        if (!current) return;
        setLoaded({ state: "ready", response });
        const first = response.outputs.find((output) => output.items.length > 0);
        setChoice(first ? keyOf(first) : null);
      },
      () => {
        if (current) setLoaded({ state: "failed" });
      },
    );
    return () => {
      current = false;
    };
  }, [open, procedureId, boardId]);

  const response = loaded.state === "ready" ? loaded.response : null;
  const chosen = response?.outputs.find((output) => keyOf(output) === choice) ?? null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (response && chosen && chosen.items.length > 0) {
      setRefused(!onInsert(response.board, chosen));
    }
  };

  const label = (output: BoardExtract) =>
    `${t(`documents.insertBoard.kind.${output.source.kind}`, { name: output.heading })} · ${t(
      "documents.insertBoard.notes",
      { count: output.items.length },
    )}`;

  return (
    <dialog
      ref={dialog}
      className="tavolo-dialog tavolo-board-insert"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form noValidate onSubmit={submit}>
        <h2 id={`${id}-title`} className="h4 tavolo-dialog__title">
          {t("documents.insertBoard.title")}
        </h2>
        <p id={`${id}-intro`}>{t("documents.insertBoard.intro")}</p>
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
              <fieldset className="tavolo-board-insert__choices">
                <legend className="tavolo-field__label">{t("documents.insertBoard.output")}</legend>
                {response.outputs.map((output, index) => (
                  <div key={keyOf(output)} className="form-check">
                    <input
                      id={`${id}-output-${index}`}
                      className="form-check-input"
                      type="radio"
                      name={`${id}-output`}
                      checked={choice === keyOf(output)}
                      disabled={output.items.length === 0}
                      onChange={() => setChoice(keyOf(output))}
                    />
                    <label className="form-check-label" htmlFor={`${id}-output-${index}`}>
                      {label(output)}
                    </label>
                  </div>
                ))}
              </fieldset>
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
      </form>
    </dialog>
  );
}
