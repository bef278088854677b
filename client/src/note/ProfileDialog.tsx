import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  DISPLAY_NAME_MAX_LENGTH,
  DISPLAY_NAME_MIN_LENGTH,
  type LocalProfile,
  normaliseDisplayName,
} from "../presence/localProfile.ts";
import {
  PRESENCE_COLOR_NAMES,
  PRESENCE_COLORS,
  type PresenceColorName,
  randomPresenceColor,
} from "../presence/presenceColors.ts";

interface ProfileDialogProps {
  open: boolean;
  /** The current profile when changing it; null the first time, when the dialog asks for one. */
  initial: LocalProfile | null;
  /** A name to propose the first time, such as the one the session was started with. */
  suggestedName: string | null;
  onSave: (profile: LocalProfile) => void;
  /** Null when the dialog cannot be dismissed: the note needs a name first. */
  onCancel: (() => void) | null;
}

/**
 * A modal dialog (native `<dialog>`: focus is kept inside and returned afterwards) asking for the
 * name and colour other people see. Asked once; the answer is remembered on this device.
 */
export function ProfileDialog({
  open,
  initial,
  suggestedName,
  onSave,
  onCancel,
}: ProfileDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initial?.name ?? "");
  const [color, setColor] = useState<PresenceColorName>(initial?.color ?? randomPresenceColor);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (suggestedName && !initial) setName((typed) => typed || suggestedName);
  }, [suggestedName, initial]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setName(initial?.name ?? suggestedName ?? "");
      setError(null);
      if (initial) setColor(initial.color);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, initial, suggestedName]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalised = normaliseDisplayName(name);
    if (normalised.length < DISPLAY_NAME_MIN_LENGTH) {
      setError(t("profile.nameRequired"));
      return;
    }
    onSave({ name: normalised, color });
  };

  return (
    <dialog
      ref={dialog}
      className="tavolo-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      <form noValidate onSubmit={submit}>
        <h2 id={`${id}-title`} className="h4 tavolo-dialog__title">
          {t("profile.title")}
        </h2>
        <p id={`${id}-intro`}>{t("profile.intro")}</p>
        <div className="tavolo-field">
          <label htmlFor={`${id}-name`} className="tavolo-field__label">
            {t("profile.nameLabel")}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            className={`form-control${error ? " is-invalid" : ""}`}
            value={name}
            maxLength={DISPLAY_NAME_MAX_LENGTH}
            autoComplete="name"
            required
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (error) setError(null);
            }}
          />
          {error && (
            <p id={`${id}-error`} className="tavolo-field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <fieldset className="tavolo-colors">
          <legend className="tavolo-field__label">{t("profile.colorLegend")}</legend>
          <div className="tavolo-colors__options">
            {PRESENCE_COLOR_NAMES.map((option) => (
              <label key={option} className="tavolo-colors__option">
                <input
                  type="radio"
                  name={`${id}-color`}
                  value={option}
                  checked={color === option}
                  onChange={() => setColor(option)}
                />
                <span
                  className="tavolo-colors__swatch"
                  style={{ backgroundColor: PRESENCE_COLORS[option] }}
                  aria-hidden="true"
                />
                <span>{t(`profile.colors.${option}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="tavolo-dialog__actions">
          <button type="submit" className="btn btn-primary">
            {initial ? t("profile.save") : t("profile.enter")}
          </button>
          {onCancel && (
            <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
              {t("profile.cancel")}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
