import { useId, useRef } from "react";
import { CopyButton } from "./CopyButton.tsx";

interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
  copyLabel?: string;
}

/**
 * A read-only link, shown whole (it wraps), with a copy button; the field can always be
 * selected and copied by hand.
 */
export function CopyField({ label, value, hint, copyLabel }: CopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="tavolo-copy">
      <label htmlFor={`${id}-value`} className="tavolo-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="tavolo-field__hint">
          {hint}
        </p>
      )}
      <textarea
        ref={field}
        id={`${id}-value`}
        rows={3}
        className="form-control tavolo-copy__value"
        value={value}
        readOnly
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton
        value={value}
        label={copyLabel}
        className="mt-2"
        onFailure={() => field.current?.select()}
      />
    </div>
  );
}
