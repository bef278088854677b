import type { PresenceEntry } from "./presence.ts";

/**
 * The others' pointers on the board, with their name and organisation. Drawn in board
 * coordinates and scaled back so that the labels keep their size at any zoom.
 */
export function Cursors({
  presences,
  selfClientId,
  zoom,
  organisations,
}: {
  presences: readonly PresenceEntry[];
  selfClientId: number;
  zoom: number;
  organisations: Readonly<Record<string, string>>;
}) {
  return (
    <>
      {presences.map(({ clientId, presence }) => {
        const { cursor, user } = presence;
        if (!cursor || clientId === selfClientId) return null;
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
