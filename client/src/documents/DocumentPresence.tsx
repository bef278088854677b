import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { usePresence } from "../presence/usePresence.ts";

/** "Chi è qui": everyone with the document open, in the colour of their caret. */
export function DocumentPresence({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const id = useId();
  const people = usePresence(awareness);
  return (
    <section className="tavolo-doc-side__panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h6 tavolo-doc-side__title">
        {t("documents.presence.title")}
      </h2>
      <p className="tavolo-doc-side__hint">
        {t("documents.presence.count", { count: people.length })}
      </p>
      <ul className="tavolo-presence__list" data-testid="presence-list">
        {people.map((person) => (
          <li key={person.clientId} className="tavolo-presence__person">
            <span
              className="tavolo-presence__dot"
              style={{ backgroundColor: person.color }}
              aria-hidden="true"
            />
            <span className="tavolo-presence__name">{person.name}</span>
            {person.isSelf && (
              <span className="tavolo-presence__you">({t("documents.presence.you")})</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
