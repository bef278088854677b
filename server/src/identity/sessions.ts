import { describeDevice, type SessionView, type SignInMethod } from "@tavolo/shared";
import type { MiddlewareHandler } from "hono";
import type { Logger } from "pino";
import { type AuthEnv, rotateSession } from "../auth/session.ts";
import type { Data, Database, SessionRecord } from "../db/database.ts";

/**
 * Starts a session for `personId` the way `rotateSession` does (forgetting the presented one),
 * recording how it was started and in which browser. Call inside `db.change`.
 */
export function startSession(
  data: Data,
  presented: string | null,
  personId: string,
  method: SignInMethod,
  userAgent: string | undefined,
): SessionRecord {
  const rotated = rotateSession(data, presented, personId);
  const device = describeDevice(userAgent);
  const session: SessionRecord = {
    ...rotated,
    method,
    lastUsedAt: rotated.createdAt,
    ...(device ? { device } : {}),
  };
  data.sessions[session.id] = session;
  return session;
}

/** How often a session's last use is written down: the list of devices needs no more. */
const USE_RECORDED_EVERY_MS = 5 * 60_000;

/**
 * Notes when each session was last used (and, for sessions from before accounts, in which
 * browser), at most every few minutes so that ordinary requests rarely write. Bookkeeping: a
 * failed write is logged, the request goes on.
 */
export function recordSessionUse(db: Database, log: Logger): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const id = c.get("sessionId");
    const session = id ? db.data.sessions[id] : undefined;
    const now = Date.now();
    const lastUse = session?.lastUsedAt ? Date.parse(session.lastUsedAt) : 0;
    if (id && session && now - lastUse >= USE_RECORDED_EVERY_MS) {
      const device = describeDevice(c.req.header("user-agent"));
      db.change((data) => {
        const stored = data.sessions[id];
        if (!stored) return;
        stored.lastUsedAt = new Date(now).toISOString();
        if (!stored.device && device) stored.device = device;
      }).catch((error: unknown) => log.warn({ err: error }, "session use not recorded"));
    }
    await next();
  };
}

/** The person's live sessions, most recently used first, `currentId`'s marked. */
export function sessionsOf(
  data: Readonly<Data>,
  personId: string,
  currentId: string | null,
  now = Date.now(),
): SessionView[] {
  return Object.values(data.sessions)
    .filter((s) => s.personId === personId && Date.parse(s.expiresAt) > now)
    .map((s) => ({
      id: s.id,
      method: s.method ?? "cookie",
      device: s.device ?? null,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt ?? null,
      current: s.id === currentId,
    }))
    .sort((a, b) => (b.lastUsedAt ?? b.createdAt).localeCompare(a.lastUsedAt ?? a.createdAt));
}
