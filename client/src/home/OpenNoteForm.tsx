import { ROOM_NAME_MAX_LENGTH } from "@tavolo/shared";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { Icon } from "../layout/Icon.tsx";
import { checkRoomName } from "./checkRoomName.ts";
import { randomRoomName, suggestRoomName } from "./roomNames.ts";

/** Asks for a note name (a random one is proposed) and opens `/nota/<name>`. */
export function OpenNoteForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(() => randomRoomName());
  const [error, setError] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const inputId = `${id}-name`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkRoomName(name, t);
    if (checked.ok) {
      navigate(`/nota/${encodeURIComponent(checked.room)}`);
      return;
    }
    setError(checked.message);
    setSuggestion(suggestRoomName(name));
    input.current?.focus();
  };

  const replaceName = (next: string) => {
    setName(next);
    setError(null);
    setSuggestion(null);
    input.current?.focus();
  };

  return (
    <form className="tavolo-open-note" noValidate onSubmit={submit}>
      <div className="tavolo-field">
        <label htmlFor={inputId} className="tavolo-field__label">
          {t("home.nameLabel")}
        </label>
        <p id={hintId} className="tavolo-field__hint">
          {t("home.nameHint", { max: ROOM_NAME_MAX_LENGTH })}
        </p>
        <input
          ref={input}
          id={inputId}
          name="room"
          type="text"
          className={`form-control tavolo-field__input${error ? " is-invalid" : ""}`}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (error) setError(null);
          }}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        />
        {error && (
          <div id={errorId} className="tavolo-field__error" role="alert">
            <Icon name="it-error" className="icon-sm icon-danger" />
            <span>{error}</span>
          </div>
        )}
        {error && suggestion && (
          <p className="tavolo-field__suggestion">
            {t("home.suggestion", { name: suggestion })}{" "}
            <button
              type="button"
              className="btn btn-link p-0 align-baseline"
              onClick={() => replaceName(suggestion)}
            >
              {t("home.useSuggestion", { name: suggestion })}
            </button>
          </p>
        )}
      </div>
      <div className="tavolo-open-note__actions">
        <button type="submit" className="btn btn-primary btn-icon">
          <span>{t("home.submit")}</span>
          <Icon name="it-arrow-right" className="icon-white icon-sm ms-2" />
        </button>
        <button
          type="button"
          className="btn btn-outline-primary btn-icon"
          onClick={() => replaceName(randomRoomName())}
        >
          <Icon name="it-refresh" className="icon-primary icon-sm me-2" />
          <span>{t("home.another")}</span>
        </button>
      </div>
    </form>
  );
}
