import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { Data, Database, PersonRecord, SessionRecord } from "../db/database.ts";
import { dropExpiredSessions } from "../db/housekeeping.ts";
import { type OriginPolicy, requestIsHttps } from "../http/origin-policy.ts";
import { bearerOf } from "../identity/tokens.ts";
import { newId } from "./ids.ts";

export const SESSION_COOKIE = "tavolo_session";
const SESSION_DAYS = 30;

export type AuthEnv = {
  Variables: {
    person: PersonRecord | null;
    /** The session behind `person`: a handler that awaited checks it still exists. */
    sessionId: string | null;
    /** The personal API token behind `person` (bearer requests), checked like `sessionId`. */
    apiTokenId: string | null;
  };
};

/** Who an `Authorization: Bearer` token acts as (see identity/tokens.ts); null if nobody. */
export type BearerResolver = (
  token: string,
) => Promise<{ person: PersonRecord; tokenId: string | null } | null>;

/**
 * Resolves `Authorization: Bearer <token>` or else the signed session cookie into
 * `c.var.person` (null without either). A bearer that resolves to nobody is refused (401) rather
 * than falling back to the cookie; a request bearing both acts as the token's person only.
 */
export function sessionMiddleware(
  db: Database,
  secret: string,
  resolveBearer?: BearerResolver,
): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    c.set("apiTokenId", null);
    const bearer = resolveBearer ? bearerOf(c.req.header("authorization")) : null;
    if (resolveBearer && bearer !== null) {
      const found = await resolveBearer(bearer);
      if (!found) return c.json({ error: "token: unknown, revoked or malformed" }, 401);
      c.set("person", found.person);
      c.set("sessionId", null);
      c.set("apiTokenId", found.tokenId);
      return next();
    }
    const sessionId = await presentedSessionId(c, secret);
    const person = sessionId ? personOfSession(db.data, sessionId) : null;
    c.set("person", person);
    c.set("sessionId", person ? sessionId : null);
    await next();
  };
}

/** The person of a live (unexpired) session, or null. */
function personOfSession(data: Readonly<Data>, sessionId: string): PersonRecord | null {
  const session = liveSessionIn(data, sessionId);
  return session ? (data.people[session.personId] ?? null) : null;
}

function liveSessionIn(data: Readonly<Data>, sessionId: string): SessionRecord | null {
  const session = data.sessions[sessionId];
  if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
  return session;
}

export async function personFromCookie(
  c: Context,
  db: Database,
  secret: string,
): Promise<PersonRecord | null> {
  return (await sessionFromCookie(c, db, secret))?.person ?? null;
}

/** The live session the signed cookie names, and its person; null without one. */
export async function sessionFromCookie(
  c: Context,
  db: Database,
  secret: string,
): Promise<{ id: string; person: PersonRecord } | null> {
  const sessionId = await presentedSessionId(c, secret);
  const person = sessionId ? personOfSession(db.data, sessionId) : null;
  return sessionId && person ? { id: sessionId, person } : null;
}

/** The session `sessionId` if it exists and has not expired. */
export function liveSession(db: Database, sessionId: string): SessionRecord | null {
  return liveSessionIn(db.data, sessionId);
}

/** The session id the request's signed cookie names (valid or not), if any. */
export async function presentedSessionId(c: Context, secret: string): Promise<string | null> {
  return (await getSignedCookie(c, secret, SESSION_COOKIE)) || null;
}

/**
 * Records a new session for `personId` and forgets the one the request came with, in one
 * step inside `db.change`: a session id someone planted or saw stops working the moment the
 * person signs in or joins a procedure (session fixation).
 */
export function rotateSession(
  data: Data,
  presented: string | null,
  personId: string,
  now = Date.now(),
): SessionRecord {
  if (presented) delete data.sessions[presented];
  // Expired sessions are dropped here (and on open), so they never pile up.
  dropExpiredSessions(data, now);
  const session: SessionRecord = {
    id: newId(),
    personId,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + SESSION_DAYS * 86_400_000).toISOString(),
  };
  data.sessions[session.id] = session;
  return session;
}

/** Sets the signed, httpOnly session cookie; `Secure` whenever the person came over https. */
export async function setSessionCookie(
  c: Context,
  secret: string,
  origins: OriginPolicy,
  session: SessionRecord,
): Promise<void> {
  await setSignedCookie(c, SESSION_COOKIE, session.id, secret, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: requestIsHttps(origins, c.req.raw),
    expires: new Date(session.expiresAt),
  });
}

/** Deletes the cookie's session and the cookie; returns the id of the session ended, if any. */
export async function endSession(c: Context, db: Database, secret: string): Promise<string | null> {
  const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (sessionId) await db.change((data) => void delete data.sessions[sessionId]);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  return sessionId || null;
}
