import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "./fieldErrors.ts";

interface ErrorSummaryProps {
  ref: Ref<HTMLDivElement>;
  errors: FieldErrors;
  /** The label of the field at `path`, or null when the form shows no such field. */
  labelOf: (path: string) => string | null;
  /** The id of the control at `path`. */
  idOf: (path: string) => string;
}

/**
 * "Controlla questi campi": every error of a form at its top, each a link that moves focus to
 * its field. The form focuses this box after a refused submit, so the list is read first.
 */
export function ErrorSummary({ ref, errors, labelOf, idOf }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-danger tavolo-error-summary">
      <h2 className="h5 alert-heading">{t("forms.summaryTitle")}</h2>
      <ul className="mb-0">
        {entries.map(([path, message]) => {
          const label = labelOf(path);
          return (
            <li key={path}>
              {label ? (
                <a
                  className="tavolo-error-summary__link"
                  href={`#${idOf(path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(idOf(path))?.focus();
                  }}
                >
                  {label}: {message}
                </a>
              ) : (
                message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
