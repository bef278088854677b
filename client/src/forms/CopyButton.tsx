import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../layout/Icon.tsx";

interface CopyButtonProps {
  value: string;
  label?: string;
  /** Said after the label to screen readers, when several copy buttons share a page. */
  context?: string;
  /** Called when the clipboard refuses, e.g. to select the text for copying by hand. */
  onFailure?: () => void;
  className?: string;
}

/** Whether this page may write to the clipboard (secure contexts only). */
const canCopy = () => typeof navigator.clipboard?.writeText === "function";

/** Copies `value` and says so in a polite live region beside it. */
export function CopyButton({ value, label, context, onFailure, className = "" }: CopyButtonProps) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState("");
  if (!canCopy()) return null;

  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setFeedback(t("copy.copied")),
      () => {
        onFailure?.();
        setFeedback(t("copy.failed"));
      },
    );
  };

  return (
    <span className={`tavolo-copy-button ${className}`.trim()}>
      <button type="button" className="btn btn-outline-primary btn-sm btn-icon" onClick={copy}>
        <Icon name="it-copy" className="icon-primary icon-sm me-2" />
        <span>{label ?? t("copy.button")}</span>
        {context && <span className="visually-hidden"> {context}</span>}
      </button>
      <span className="tavolo-copy__feedback" role="status">
        {feedback}
      </span>
    </span>
  );
}
