import type { Context, MiddlewareHandler } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import { addressBucket, clientAddress } from "./client-ip.ts";

/** Requests one client address may make per window, by class. */
export interface RateLimitSettings {
  windowSeconds: number;
  /** Starting a session, accepting an invitation, creating the demo procedure. */
  signIn: number;
  /** Invitation previews, and every other API request made without a valid session. */
  anonymous: number;
  trustProxy: boolean;
}

/** Routes that create a person, a session, a membership or a whole procedure for anyone. */
const SIGN_IN_ROUTES: readonly [method: string, path: RegExp][] = [
  ["POST", /^\/api\/session\/?$/],
  ["POST", /^\/api\/invitations\/[^/]+\/accept\/?$/],
  ["POST", /^\/api\/demo\/?$/],
  ["POST", /^\/api\/passkeys\/sign-in(\/options)?\/?$/],
  ["POST", /^\/api\/auth\/oidc\/start\/?$/],
  ["GET", /^\/api\/auth\/oidc\/callback\/?$/],
  ["POST", /^\/api\/sign-in-links\/[^/]+\/use\/?$/],
];

/** Answered for anyone, session or not; health is for load balancers, metrics has its token. */
const UNLIMITED = /^\/api\/(health|metrics)\/?$/;
/** Looked up by a secret in the path, so counted even with a session: a guess is a request. */
const TOKEN_LOOKUPS = /^\/api\/(invitations|sign-in-links)\//;

/**
 * Per-address rate limits (hono-rate-limiter, fixed window, in memory): 429 with `Retry-After`
 * and the `{ error }` body once an address has used its window's share. Signed-in people's
 * ordinary API requests are not limited here.
 */
export function rateLimits(
  settings: RateLimitSettings,
  isSignedIn: (c: Context) => Promise<boolean>,
): MiddlewareHandler {
  const limiter = (limit: number) =>
    rateLimiter({
      windowMs: settings.windowSeconds * 1000,
      limit,
      standardHeaders: "draft-6",
      keyGenerator: (c) => addressBucket(clientAddress(c, settings.trustProxy)),
      handler: (c) =>
        c.json({ error: "too many requests from this address: try again later" }, 429),
    });
  const signIn = limiter(settings.signIn);
  const anonymous = limiter(settings.anonymous);
  return async (c, next) => {
    const { method, path } = c.req;
    if (!path.startsWith("/api/") || UNLIMITED.test(path)) return next();
    if (SIGN_IN_ROUTES.some(([m, route]) => m === method && route.test(path))) {
      return signIn(c, next);
    }
    if (TOKEN_LOOKUPS.test(path) || !(await isSignedIn(c))) return anonymous(c, next);
    return next();
  };
}
