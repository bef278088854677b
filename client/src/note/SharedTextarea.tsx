import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { bindTextarea } from "../sync/bindTextarea.ts";

interface SharedTextareaProps {
  text: Y.Text;
  /** The stored text has arrived; until then the field shows that it is loading. */
  loaded: boolean;
  /** This person may write now (loaded, not refused, not an observer). */
  editable: boolean;
}

/** The note's text, written by everyone in the room at once. */
export function SharedTextarea({ text, loaded, editable }: SharedTextareaProps) {
  const { t } = useTranslation();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const element = textarea.current;
    if (!element) return;
    return bindTextarea(element, text);
  }, [text]);

  return (
    <div className="tavolo-field tavolo-shared-text">
      <label htmlFor={`${id}-text`} className="tavolo-field__label">
        {t("note.textLabel")}
      </label>
      <p id={`${id}-hint`} className="tavolo-field__hint">
        {t("note.textHint")}
      </p>
      <textarea
        ref={textarea}
        id={`${id}-text`}
        className="form-control tavolo-shared-text__input"
        readOnly={!editable}
        aria-busy={!loaded}
        aria-describedby={`${id}-hint`}
        placeholder={loaded ? t("note.placeholder") : t("note.loading")}
        spellCheck
        rows={16}
      />
    </div>
  );
}
