import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../layout/Icon.tsx";

/**
 * The note's address, to send to the other people at the table. The copy button appears only
 * where the clipboard is available (secure contexts); the field can always be selected by hand.
 */
export function ShareLink() {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState("");
  const url = window.location.href;
  const canCopy = typeof navigator.clipboard?.writeText === "function";

  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setFeedback(t("note.share.copied")),
      () => {
        field.current?.select();
        setFeedback(t("note.share.copyFailed"));
      },
    );
  };

  return (
    <section className="tavolo-share" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-url`} className="tavolo-field__label">
        {t("note.share.label")}
      </label>
      <input
        ref={field}
        id={`${id}-url`}
        type="text"
        className="form-control tavolo-share__url"
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
      {canCopy && (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm btn-icon mt-3"
          onClick={copy}
        >
          <Icon name="it-copy" className="icon-primary icon-sm me-2" />
          <span>{t("note.share.copy")}</span>
        </button>
      )}
      <p className="tavolo-share__feedback" role="status">
        {feedback}
      </p>
    </section>
  );
}
