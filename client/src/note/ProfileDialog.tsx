import { DisplayNameSchema } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../forms/Field.tsx";
import { FormDialog } from "../forms/FormDialog.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { errorsOfFailure } from "../forms/useApiForm.ts";
import {
  PRESENCE_COLOR_NAMES,
  PRESENCE_COLORS,
  type PresenceColorName,
} from "../presence/presenceColors.ts";

/** How the other people see this person: their name (in every procedure) and colour. */
export interface Profile {
  name: string;
  color: PresenceColorName;
}

interface ProfileDialogProps {
  open: boolean;
  profile: Profile;
  /** Saves; a rejection is shown in the dialog, which stays open. */
  onSave: (profile: Profile) => Promise<void>;
  onCancel: () => void;
}

/**
 * A modal dialog (native `<dialog>`: focus is kept inside and returned afterwards) to change
 * the name and colour other people see.
 */
export function ProfileDialog({ open, profile, onSave, onCancel }: ProfileDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(profile.name);
  const [color, setColor] = useState<PresenceColorName>(profile.color);
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setName(profile.name);
    setColor(profile.color);
    setError(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = DisplayNameSchema.safeParse(name, { reportInput: true });
    if (!parsed.success) {
      setError(Object.values(issuesToFieldErrors(parsed.error, t)).join(" "));
      return;
    }
    onSave({ name: parsed.data, color }).catch((failure: unknown) =>
      setError(Object.values(errorsOfFailure(failure, t)).join(" ")),
    );
  };

  return (
    <FormDialog
      open={open}
      title={t("profile.title")}
      intro={t("profile.intro")}
      onOpen={reset}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <div className="tavolo-field">
        <label htmlFor={`${id}-name`} className="tavolo-field__label">
          {t("profile.nameLabel")}
        </label>
        <input
          id={`${id}-name`}
          type="text"
          className={`form-control${error ? " is-invalid" : ""}`}
          value={name}
          autoComplete="name"
          required
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            if (error) setError(null);
          }}
        />
        {error && <FieldError id={`${id}-error`} message={error} live />}
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
          {t("profile.save")}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t("profile.cancel")}
        </button>
      </div>
    </FormDialog>
  );
}
