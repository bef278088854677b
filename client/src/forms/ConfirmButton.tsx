import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface ConfirmButtonProps {
  /** The button's text, e.g. "Revoca l'accesso". */
  label: string;
  /** The question asked before acting, e.g. "Revocare l'accesso a Marco Bianchi?". */
  question: string;
  /** The confirming button's text, e.g. "Sì, revoca". */
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  busy?: boolean;
}

/**
 * A destructive action in two steps: the first press asks the question in place and moves the
 * focus to the confirming button; "Annulla" puts the focus back where it was.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) start.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={start}
        type="button"
        className="btn btn-outline-danger btn-sm"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="tavolo-confirm">
      <legend className="tavolo-confirm__question">{question}</legend>
      <button
        ref={confirm}
        type="button"
        className="btn btn-danger btn-sm"
        disabled={busy}
        onClick={() => void onConfirm()}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="btn btn-outline-secondary btn-sm"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {t("forms.cancel")}
      </button>
    </fieldset>
  );
}
