import { useTranslation } from "react-i18next";

interface SuggestionToggleProps {
  on: boolean;
  /** The cursor is in a section this person may not write directly: suggesting is the only way. */
  forced: boolean;
  /** It is forced because the section is closed (sign-off), not because another writes it. */
  closed?: boolean;
  onChange: (on: boolean) => void;
}

/** "Modalità suggerimento": a toggle button, shown pressed and fixed where it is required. */
export function SuggestionToggle({ on, forced, closed = false, onChange }: SuggestionToggleProps) {
  const { t } = useTranslation();
  return (
    <div className="tavolo-suggestion-toggle d-flex align-items-center gap-2 mb-2">
      <button
        type="button"
        className={`btn btn-sm ${on || forced ? "btn-warning" : "btn-outline-secondary"}`}
        aria-pressed={on || forced}
        disabled={forced}
        onClick={() => onChange(!on)}
      >
        {t("documents.suggestions.mode")}
      </button>
      {forced && (
        <span className="small text-body-secondary" data-testid="suggestion-forced">
          {t(closed ? "documents.suggestions.forcedClosed" : "documents.suggestions.forced")}
        </span>
      )}
    </div>
  );
}
