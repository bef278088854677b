import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { Database, PersonRecord, SessionRecord } from "../db/database.ts";
import { newId } from "./ids.ts";

export const SESSION_COOKIE = "tavolo_session";
const SESSION_DAYS = 30;

export type AuthEnv = { Variables: { person: PersonRecord | null } };

/** Resolves the signed session cookie into `c.var.person` (null without a valid session). */
export function sessionMiddleware(db: Database, secret: string): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    c.set("person", await personFromCookie(c, db, secret));
    await next();
  };
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
  const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (!sessionId) return null;
  const session = liveSession(db, sessionId);
  const person = session && db.data.people[session.personId];
  return person ? { id: sessionId, person } : null;
}

/** The session `sessionId` if it exists and has not expired. */
export function liveSession(db: Database, sessionId: string): SessionRecord | null {
  const session = db.data.sessions[sessionId];
  if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
  return session;
}

/** Creates a durable session for `personId` and sets its signed, httpOnly cookie. */
export async function startSession(
  c: Context,
  db: Database,
  secret: string,
  personId: string,
): Promise<void> {
  const id = newId();
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_DAYS * 86_400_000);
  await db.change((data) => {
    data.sessions[id] = {
      id,
      personId,
      createdAt: new Date(now).toISOString(),
      expiresAt: expiresAt.toISOString(),
    };
  });
  await setSignedCookie(c, SESSION_COOKIE, id, secret, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: new URL(c.req.url).protocol === "https:",
    expires: expiresAt,
  });
}

/** Deletes the cookie's session and the cookie; returns the id of the session ended, if any. */
export async function endSession(c: Context, db: Database, secret: string): Promise<string | null> {
  const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (sessionId) await db.change((data) => void delete data.sessions[sessionId]);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  return sessionId || null;
}
