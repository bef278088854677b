import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { Icon } from "../layout/Icon.tsx";
import { usePresence } from "../presence/usePresence.ts";

interface PresenceListProps {
  awareness: Awareness;
  onChangeProfile: () => void;
}

/** "Chi è qui": everyone in the note, with their colour; this tab's person is marked "tu". */
export function PresenceList({ awareness, onChangeProfile }: PresenceListProps) {
  const { t } = useTranslation();
  const id = useId();
  const people = usePresence(awareness);
  const others = people.filter((person) => !person.isSelf).length;
  return (
    <section className="tavolo-presence" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h5 tavolo-presence__title">
        {t("note.presence.title")}
      </h2>
      <p className="tavolo-presence__count">{t("note.presence.count", { count: people.length })}</p>
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
              <span className="tavolo-presence__you">({t("note.presence.you")})</span>
            )}
          </li>
        ))}
      </ul>
      {others === 0 && <p className="tavolo-presence__alone">{t("note.presence.alone")}</p>}
      <button type="button" className="btn btn-link btn-icon p-0" onClick={onChangeProfile}>
        <Icon name="it-pencil" className="icon-primary icon-sm me-1" />
        <span>{t("note.presence.changeName")}</span>
      </button>
    </section>
  );
}
