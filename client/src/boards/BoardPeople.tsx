import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import type { PresenceEntry } from "./presence.ts";

/** Who is on the board now, with their organisation, one line per person. */
export function BoardPeople({ presences }: { presences: readonly PresenceEntry[] }) {
  const { t } = useTranslation();
  const { info } = useBoard();
  const people = new Map<string, PresenceEntry["presence"]["user"]>();
  for (const { presence } of presences) people.set(presence.user.personId, presence.user);
  return (
    <section className="tavolo-board__people" aria-labelledby="board-people-title">
      <h2 id="board-people-title" className="h6">
        {t("boards.people.title", { count: people.size })}
      </h2>
      <ul className="list-unstyled mb-0" data-testid="board-people">
        {[...people.values()].map((user) => (
          <li key={user.personId}>
            <span
              className="tavolo-board__dot"
              style={{ background: user.color }}
              aria-hidden="true"
            />
            {user.name}
            {user.personId === info.me.personId && ` ${t("boards.people.you")}`}
            {user.organisationId && info.organisations[user.organisationId] && (
              <small className="text-muted"> · {info.organisations[user.organisationId]}</small>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
