import { type BoardNote, NOTE_TEXT_MAX } from "@tavolo/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { setNoteText } from "./noteActions.ts";

/**
 * The text of a note being edited. The text is written when editing ends (Escape, Ctrl+Enter or
 * leaving the field): a hidden note's text goes to the author's private room only.
 */
export function NoteEditor({ note, initial }: { note: BoardNote; initial: string }) {
  const { t } = useTranslation();
  const board = useBoard();
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  // The caret goes after the last character: selecting everything let one mis-aimed keystroke
  // replace a partner's whole note.
  useEffect(() => {
    const input = field.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.scrollTop = input.scrollHeight;
  }, []);
  const finish = () => {
    if (text !== initial) setNoteText(board, note, text);
    board.setEditing(null);
    const card = field.current?.closest<HTMLElement>("[data-note-id]");
    requestAnimationFrame(() => card?.focus());
  };
  return (
    <textarea
      ref={field}
      className="tavolo-note__editor"
      aria-label={t("boards.note.editLabel")}
      maxLength={NOTE_TEXT_MAX}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={finish}
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape" || (event.key === "Enter" && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          field.current?.blur();
        }
      }}
    />
  );
}
