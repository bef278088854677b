import { FieldError, type Option } from "./Field.tsx";

interface RadioGroupProps {
  id: string;
  legend: string;
  name: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
}

/** A fieldset of native radio buttons, side by side (see `Checkbox` for why native). */
export function RadioGroup({
  id,
  legend,
  name,
  value,
  options,
  onChange,
  hint,
  error,
}: RadioGroupProps) {
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].join(" ").trim();
  return (
    <fieldset className="tavolo-field tavolo-fieldset" aria-describedby={describedBy || undefined}>
      <legend className="tavolo-field__label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="tavolo-field__hint">
          {hint}
        </p>
      )}
      <div className="tavolo-choices">
        {options.map((option, index) => (
          <div key={option.value} className="tavolo-check">
            <input
              id={index === 0 ? id : `${id}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={index === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      {error && <FieldError id={`${id}-error`} message={error} />}
    </fieldset>
  );
}
