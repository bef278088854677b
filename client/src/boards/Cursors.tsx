import type { Awareness } from "y-protocols/awareness";
import { type PresenceEntry, usePresenceSelection } from "./presence.ts";

type Pointer = {
  clientId: number;
  cursor: { x: number; y: number };
  user: PresenceEntry["presence"]["user"];
};

/** Everyone's pointer on the board (this tab's is filtered out by the caller's client id). */
const pointers = (entries: PresenceEntry[]): Pointer[] =>
  entries.flatMap(({ clientId, presence }) =>
    presence.cursor ? [{ clientId, cursor: presence.cursor, user: presence.user }] : [],
  );

/**
 * The others' pointers on the board, with their name and organisation. Drawn in board
 * coordinates and scaled back so that the labels keep their size at any zoom. Subscribed to
 * presence itself: a pointer moving re-renders this layer only.
 */
export function Cursors({
  awareness,
  zoom,
  organisations,
}: {
  awareness: Awareness;
  zoom: number;
  organisations: Readonly<Record<string, string>>;
}) {
  const others = usePresenceSelection(awareness, pointers);
  return (
    <>
      {others.map(({ clientId, cursor, user }) => {
        if (clientId === awareness.clientID) return null;
        const organisation = user.organisationId ? organisations[user.organisationId] : null;
        return (
          <div
            key={clientId}
            className="tavolo-cursor"
            aria-hidden="true"
            style={{
              transform: `translate(${cursor.x}px, ${cursor.y}px) scale(${1 / zoom})`,
              color: user.color,
            }}
          >
            <svg width="18" height="22" viewBox="0 0 18 22" role="presentation">
              <path
                d="M1 1 L1 18 L6 13 L10 21 L13 20 L9 12 L16 12 Z"
                fill="currentColor"
                stroke="#fff"
              />
            </svg>
            <span className="tavolo-cursor__name" style={{ background: user.color }}>
              {user.name}
              {organisation && <small> · {organisation}</small>}
            </span>
          </div>
        );
      })}
    </>
  );
}
