import type { MentionablePerson } from "@tavolo/shared";
import { type KeyboardEvent, type RefObject, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  insertMention,
  type MentionQuery,
  mentionQueryAt,
  mentionSuggestions,
} from "./mentionQuery.ts";

interface MentionFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  people: readonly MentionablePerson[];
  /** Ctrl/Cmd+Enter sends. */
  onSubmit: () => void;
  fieldRef?: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A comment's text field: typing "@" lists the procedure's people; arrows choose, Enter or Tab
 * inserts the name, Esc closes the list. The list is tied to the field with
 * aria-activedescendant and its size is announced, so it works without a mouse.
 */
export function MentionField({
  label,
  value,
  onChange,
  people,
  onSubmit,
  fieldRef,
}: MentionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const suggestions = query ? mentionSuggestions(people, query) : [];
  const open = suggestions.length > 0;

  const follow = (text: string, caret: number) => {
    setQuery(mentionQueryAt(text, caret));
    setActive(0);
  };
  const choose = (person: MentionablePerson, field: HTMLTextAreaElement) => {
    if (!query) return;
    const next = insertMention(value, field.selectionStart, query, person);
    onChange(next.value);
    setQuery(null);
    requestAnimationFrame(() => field.setSelectionRange(next.caret, next.caret));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (!open) return;
    const chosen = suggestions[active];
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + suggestions.length) % suggestions.length);
    } else if ((event.key === "Enter" || event.key === "Tab") && chosen) {
      event.preventDefault();
      choose(chosen, event.currentTarget);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  return (
    <div className="tavolo-mention">
      <label htmlFor={`${id}-text`} className="tavolo-mention__label">
        {label}
      </label>
      <div className="tavolo-mention__box">
        <textarea
          id={`${id}-text`}
          ref={fieldRef}
          className="form-control tavolo-mention__text"
          rows={3}
          value={value}
          aria-describedby={`${id}-hint`}
          aria-autocomplete="list"
          aria-controls={open ? `${id}-list` : undefined}
          aria-activedescendant={open ? `${id}-option-${active}` : undefined}
          onChange={(event) => {
            onChange(event.target.value);
            follow(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setQuery(null)}
        />
        {open && (
          <div
            id={`${id}-list`}
            role="listbox"
            className="tavolo-mention__list"
            aria-label={t("documents.comments.people")}
          >
            {suggestions.map((person, index) => (
              <div
                key={person.personId}
                id={`${id}-option-${index}`}
                role="option"
                // Chosen from the field with aria-activedescendant, or clicked: never tabbed to.
                tabIndex={-1}
                aria-selected={index === active}
                className="tavolo-mention__option"
                // Keep the focus in the field: the click chooses, the field keeps typing.
                onMouseDown={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(`${id}-text`);
                  if (field instanceof HTMLTextAreaElement) choose(person, field);
                }}
              >
                {person.name}
              </div>
            ))}
          </div>
        )}
      </div>
      <p id={`${id}-hint`} className="tavolo-mention__hint">
        {t("documents.comments.mentionHint")}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {open ? t("documents.comments.suggestions", { count: suggestions.length }) : ""}
      </p>
    </div>
  );
}
