import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { type PresenceEntry, usePresenceSelection } from "./presence.ts";

type User = PresenceEntry["presence"]["user"];

/** One entry per person (someone may have two tabs open), in the order they arrived. */
const users = (entries: PresenceEntry[]): User[] => {
  const people = new Map<string, User>();
  for (const { presence } of entries) people.set(presence.user.personId, presence.user);
  return [...people.values()];
};

/** Who is on the board now, with their organisation, one line per person. */
export function BoardPeople() {
  const { t } = useTranslation();
  const { info, rooms } = useBoard();
  const people = usePresenceSelection(rooms.board.provider.awareness, users);
  return (
    <section className="tavolo-board__people" aria-labelledby="board-people-title">
      <h2 id="board-people-title" className="h6">
        {t("boards.people.title", { count: people.length })}
      </h2>
      <ul className="list-unstyled mb-0" data-testid="board-people">
        {people.map((user) => (
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
