import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

interface NameFormProps {
  /** The field's visible label, e.g. "Nome del gruppo". */
  label: string;
  submitLabel: string;
  initial?: string;
  maxLength?: number;
  onSubmit: (name: string) => void;
  onCancel: () => void;
  /**
   * Where focus goes when the form closes; by default back to the control that opened it (the
   * element focused when the form appeared), so keyboard users do not land on the page's top.
   */
  restoreFocus?: () => void;
}

/**
 * A small inline form that asks for a name (a cluster's, a frame's title) where the action
 * started, instead of a browser prompt a screen reader announces out of context. Escape cancels.
 */
export function NameForm({
  label,
  submitLabel,
  initial = "",
  maxLength = 200,
  onSubmit,
  onCancel,
  restoreFocus,
}: NameFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  const [opener] = useState(() => document.activeElement);
  const refocus = () =>
    requestAnimationFrame(() => {
      if (restoreFocus) restoreFocus();
      else if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    onSubmit(trimmed);
    refocus();
  };
  const cancel = () => {
    onCancel();
    refocus();
  };
  return (
    <form
      className="tavolo-name-form"
      onSubmit={submit}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape") cancel();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="form-control form-control-sm"
        value={name}
        placeholder={label}
        maxLength={maxLength}
        required
        // biome-ignore lint/a11y/noAutofocus: the form opens on the person's request to type a name
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="btn btn-sm btn-primary" disabled={!name.trim()}>
        {submitLabel}
      </button>
      <button type="button" className="btn btn-sm btn-outline-secondary" onClick={cancel}>
        {t("boards.structure.cancel")}
      </button>
    </form>
  );
}
