import type { ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../layout/Icon.tsx";

/** What every field control receives to be tied to its hint and error. */
export interface FieldAria {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean;
  "aria-required": boolean | undefined;
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  children: (aria: FieldAria) => ReactNode;
}

/**
 * A label, an optional hint and an optional error around one control. The control is described
 * by the error first, then the hint (WCAG 3.3.1: the error is announced with the field).
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  className = "",
  children,
}: FieldFrameProps) {
  const { t } = useTranslation();
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].join(" ").trim();
  return (
    <div className={`tavolo-field ${className}`.trim()}>
      <label htmlFor={id} className="tavolo-field__label">
        {label}
        {/* Screen readers hear "required" from aria-required; the words are for the eye. */}
        {required && (
          <span className="tavolo-field__required" aria-hidden="true">
            {" "}
            ({t("forms.required")})
          </span>
        )}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="tavolo-field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": Boolean(error),
        "aria-required": required || undefined,
      })}
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}

/**
 * An error under a field or group; its id goes in the control's `aria-describedby`. `live` for
 * an error that appears where the focus is not (an action refused), so it is announced.
 */
export function FieldError({ id, message, live }: { id: string; message: string; live?: boolean }) {
  return (
    <p id={id} className="tavolo-field__error" role={live ? "alert" : undefined}>
      <Icon name="it-error" className="icon-sm icon-danger" />
      <span>{message}</span>
    </p>
  );
}

interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  type?: "text" | "url" | "date" | "time";
  autoComplete?: string;
  inputMode?: "text" | "decimal" | "numeric" | "url";
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ value, onChange, type = "text", inputRef, ...props }: InputFieldProps) {
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <input
          {...aria}
          ref={inputRef}
          type={type}
          className={`form-control${props.error ? " is-invalid" : ""}`}
          value={value}
          autoComplete={props.autoComplete ?? "off"}
          inputMode={props.inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  value,
  onChange,
  rows = 4,
  ...props
}: Omit<InputFieldProps, "type" | "inputMode" | "inputRef"> & { rows?: number }) {
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <textarea
          {...aria}
          className={`form-control${props.error ? " is-invalid" : ""}`}
          value={value}
          rows={rows}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  value,
  onChange,
  options,
  selectRef,
  ...props
}: Omit<InputFieldProps, "type" | "inputMode" | "autoComplete" | "inputRef"> & {
  options: readonly Option[];
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <select
          {...aria}
          ref={selectRef}
          className={`form-select${props.error ? " is-invalid" : ""}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
