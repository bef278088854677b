import type { BoardLabel } from "@tavolo/shared";
import { type KeyboardEvent, memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type BoardContextValue, useBoard } from "./boardContext.ts";
import { wholeSteps } from "./frameGestures.ts";
import { NameForm } from "./NameForm.tsx";
import { editLabel, mayEdit, moveLabel, removeLabel } from "./structureActions.ts";
import { track } from "./useNoteGestures.ts";

const HELP_ID = "tavolo-label-help";
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The free text labels, and the keyboard help their facilitators' version points to. */
export function LabelLayer({ labels }: { labels: readonly BoardLabel[] }) {
  const { t } = useTranslation();
  return (
    <>
      <span id={HELP_ID} className="visually-hidden">
        {t("boards.structure.labelHelp")}
      </span>
      {labels.map((label) => (
        <LabelItem key={label.id} label={label} />
      ))}
    </>
  );
}

/** What a key does on a focused label: arrows move it, Enter edits, Delete removes. */
function labelKeyAction(
  event: KeyboardEvent,
  board: BoardContextValue,
  label: BoardLabel,
  edit: () => void,
): (() => void) | null {
  const arrow = ARROWS[event.key];
  if (arrow) {
    const step = event.shiftKey ? 50 : 10;
    return event.altKey ? null : () => moveLabel(board, label.id, arrow[0] * step, arrow[1] * step);
  }
  if (event.key === "Enter") return edit;
  if (event.key === "Delete" || event.key === "Backspace") return () => removeLabel(board, label);
  return null;
}

function labelKey(
  event: KeyboardEvent,
  board: BoardContextValue,
  label: BoardLabel,
  edit: () => void,
): void {
  if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey) return;
  const action = labelKeyAction(event, board, label, edit);
  if (!action) return;
  event.preventDefault();
  event.stopPropagation();
  action();
}

/**
 * Free text on the board (headings, axis names). Facilitators lay them out: drag or arrows to
 * move, double-click or Enter to edit, Delete to remove. Everyone else reads them.
 */
const LabelItem = memo(function LabelItem({ label }: { label: BoardLabel }) {
  const { t } = useTranslation();
  const board = useBoard();
  const [editing, setEditing] = useState(false);
  const style = { left: label.x, top: label.y, width: label.w };
  const className = `tavolo-label tavolo-label--${label.size}`;
  if (!mayEdit(board, "label", "move")) {
    return (
      <p className={className} style={style}>
        {label.text}
      </p>
    );
  }
  if (editing) {
    return (
      <div className={className} style={style}>
        <NameForm
          label={t("boards.structure.labelText")}
          submitLabel={t("boards.structure.save")}
          initial={label.text}
          maxLength={500}
          onSubmit={(text) => {
            editLabel(board, label, text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
          restoreFocus={() =>
            document
              .querySelector<HTMLElement>(`[data-label-id="${CSS.escape(label.id)}"]`)
              ?.focus()
          }
        />
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a label is moved and edited like a note, not a form fieldset
    <div
      role="group"
      aria-roledescription={t("boards.structure.labelRole")}
      aria-label={label.text}
      aria-describedby={HELP_ID}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: facilitators move and edit labels with the keyboard
      tabIndex={0}
      data-label-id={label.id}
      className={`${className} is-editable`}
      style={style}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.stopPropagation();
        const move = wholeSteps((dx, dy) => moveLabel(board, label.id, dx, dy));
        track(event, board.zoom.current, board.undo.undoManager, move);
      }}
      onDoubleClick={(event) => {
        event.stopPropagation();
        setEditing(true);
      }}
      onKeyDown={(event) => labelKey(event, board, label, () => setEditing(true))}
    >
      {label.text}
    </div>
  );
});
