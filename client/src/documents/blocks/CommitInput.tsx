import { type KeyboardEvent, useEffect, useState } from "react";

interface CommitInputProps {
  id?: string;
  value: string;
  /** Accessible name: these inputs sit in table cells, without a visible label of their own. */
  label: string;
  /** Writes the value, or refuses it: either way the field then shows what is stored. */
  onCommit: (value: string) => void;
  disabled?: boolean;
  className?: string;
  multiline?: boolean;
  inputMode?: "text" | "decimal";
}

/**
 * A field of a shared row, written to the document when the person leaves it or presses Enter,
 * not at every key: a half-typed amount is never shown to the others or counted in the totals.
 * While it is not being edited it follows the stored value, so others' changes appear in it.
 */
export function CommitInput({
  id,
  value,
  label,
  onCommit,
  disabled = false,
  className = "form-control form-control-sm",
  multiline = false,
  inputMode = "text",
}: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  useEffect(() => {
    if (disabled) setDraft(null);
  }, [disabled]);

  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === "Escape") setDraft(null);
    if (event.key === "Enter" && !(multiline && event.shiftKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    className,
    "aria-label": label,
    value: draft ?? value,
    disabled,
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? (
    <textarea {...common} rows={2} onChange={(event) => setDraft(event.target.value)} />
  ) : (
    <input
      {...common}
      type="text"
      inputMode={inputMode}
      onChange={(event) => setDraft(event.target.value)}
    />
  );
}
