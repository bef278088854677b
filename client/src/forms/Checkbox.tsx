interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * A native checkbox with its label. Not Bootstrap Italia's `form-check`, which moves the real
 * input off screen and needs the kit's script to show keyboard focus.
 */
export function Checkbox({ id, label, checked, onChange }: CheckboxProps) {
  return (
    <div className="tavolo-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** `list` with `value` added or removed, keeping the order of the rest. */
export function toggled(list: readonly string[], value: string, on: boolean): string[] {
  const rest = list.filter((item) => item !== value);
  return on ? [...rest, value] : rest;
}
