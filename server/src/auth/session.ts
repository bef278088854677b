import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { Database, PersonRecord } from "../db/database.ts";
import { dropExpiredSessions } from "../db/housekeeping.ts";
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
  const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (!sessionId) return null;
  const session = db.data.sessions[sessionId];
  if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
  return db.data.people[session.personId] ?? null;
}

/**
 * Creates a durable session for `personId` and sets its signed, httpOnly cookie. Expired
 * sessions are dropped in the same change (and on open), so they never pile up.
 */
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
    dropExpiredSessions(data, now);
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

export async function endSession(c: Context, db: Database, secret: string): Promise<void> {
  const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (sessionId) await db.change((data) => void delete data.sessions[sessionId]);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}
