import type { RoomName } from "@tavolo/shared";
import type { Context } from "hono";
import type { RoomTokens } from "../auth/room-token.ts";
import { sessionFromCookie } from "../auth/session.ts";
import {
  type BoardLockReader,
  decideBoardRoomLocked,
  isBoardSideRoom,
} from "../boards/board-access.ts";
import type { Database } from "../db/database.ts";
import { isAllowedOrigin, type OriginPolicy } from "../http/origin-policy.ts";
import { membershipOf } from "../procedures/access.ts";

/**
 * What a connecting client may do in a room, or the HTTP refusal to answer the upgrade with.
 * `sessionId` is the browser session that opened it (null for a token), so that signing out
 * can close it.
 */
export type RoomAccess =
  | { personId: string; readOnly: boolean; sessionId: string | null }
  | { refuse: Response };

/** Decides, on the server, who may open a room. */
export type RoomAccessPolicy = (c: Context, room: RoomName) => Promise<RoomAccess>;

const refuse = (status: number, error: string): RoomAccess => ({
  refuse: Response.json({ error }, { status }),
});

/**
 * A room belongs to one procedure: only its members may open it, identified by the session
 * cookie (browsers, from an allowed origin: see server/src/http/origin-policy.ts) or a short-lived `?token=`
 * (scripts). Observers get a read-only connection. The rooms of a board family follow the
 * board's own table (server/src/boards/board-access.ts): control read-only but for
 * facilitators, private and organisation rooms for their owners only.
 */
export function procedureAccess(
  db: Database,
  secret: string,
  tokens: RoomTokens,
  options: { boardLocked?: BoardLockReader; origins?: OriginPolicy } = {},
): RoomAccessPolicy {
  const origins = options.origins ?? ownOriginOnly;
  return async (c, room) => {
    const token = c.req.query("token");
    if (!token && !cookieOriginAllowed(origins, c.req.raw)) {
      return refuse(403, "origin: not allowed to open rooms with the session cookie");
    }
    const session = token ? null : await sessionFromCookie(c, db, secret);
    const personId = token ? tokens.verify(token, room) : (session?.person.id ?? null);
    if (!personId) {
      return refuse(401, token ? "token: invalid, expired or for another room" : "no session");
    }
    const sessionId = session?.id ?? null;
    const record = db.data.workspaceRooms[room];
    if (isBoardSideRoom(room) || record?.kind === "lavagna") {
      const decision = await decideBoardRoomLocked(db.data, room, personId, options.boardLocked);
      if (decision.kind === "refused") return refuse(decision.status, decision.error);
      return { personId, readOnly: decision.access === "read", sessionId };
    }
    if (!record) return refuse(404, "room: not found");
    const membership = membershipOf(db.data, record.procedureId, personId);
    if (!membership) return refuse(403, "you are not a member of this room's procedure");
    return { personId, readOnly: membership.role === "osservatore", sessionId };
  };
}

const ownOriginOnly: OriginPolicy = {
  publicOrigin: null,
  allowedOrigins: new Set(),
  trustProxy: false,
};

/**
 * A browser sends the cookie with a websocket upgrade from any site, and CORS does not apply:
 * the page's origin must be allowed. An upgrade without `Origin` is not from a browser, so no
 * page can be acting through it.
 */
function cookieOriginAllowed(origins: OriginPolicy, request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin === null || isAllowedOrigin(origins, origin, request);
}
