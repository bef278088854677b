import type { Config } from "../config.ts";

/**
 * Which web origins may act with a person's cookie, and how to tell that a request came over
 * TLS: from `PUBLIC_URL`, `ALLOWED_ORIGINS` and `TRUST_PROXY`. The API's CSRF guard, the session
 * cookie and the websocket upgrade all read this one policy.
 */
export interface OriginPolicy {
  /** `PUBLIC_URL`'s origin, when set. */
  publicOrigin: string | null;
  /** Further origins (`ALLOWED_ORIGINS`), besides the server's own. */
  allowedOrigins: ReadonlySet<string>;
  /** Whether the proxy's `X-Forwarded-Proto` is believed. */
  trustProxy: boolean;
}

export function originPolicy(
  config: Pick<Config, "PUBLIC_URL" | "ALLOWED_ORIGINS" | "TRUST_PROXY">,
): OriginPolicy {
  return {
    publicOrigin: config.PUBLIC_URL ?? null,
    allowedOrigins: config.ALLOWED_ORIGINS,
    trustProxy: config.TRUST_PROXY,
  };
}

/** The scheme the browser used: the proxy's word when trusted, otherwise this socket's. */
function schemeOf(policy: OriginPolicy, request: Request): string {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (policy.trustProxy && (forwarded === "https" || forwarded === "http")) return `${forwarded}:`;
  return new URL(request.url).protocol;
}

/** Whether the person reached Tavolo over https (directly, or through a trusted proxy). */
export function requestIsHttps(policy: OriginPolicy, request: Request): boolean {
  return (
    policy.publicOrigin?.startsWith("https:") === true || schemeOf(policy, request) === "https:"
  );
}

/**
 * Whether a page of `origin` may act with the cookie: the server's own origin (the Host the
 * request was sent to, with the scheme it came over), `PUBLIC_URL` or one of `ALLOWED_ORIGINS`.
 * The opaque origin `null` (sandboxed frames, `file:`, some redirects) never is.
 */
export function isAllowedOrigin(policy: OriginPolicy, origin: string, request: Request): boolean {
  if (origin === "null") return false;
  return (
    origin === ownOrigin(policy, request) ||
    origin === policy.publicOrigin ||
    policy.allowedOrigins.has(origin)
  );
}

/**
 * The origin the request was sent to, from its `Host` header: a websocket upgrade reaches Hono
 * with a placeholder URL (`http://localhost/...`), so the URL alone cannot say it.
 */
function ownOrigin(policy: OriginPolicy, request: Request): string | null {
  const host = request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(`${schemeOf(policy, request)}//${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request carrying the cookie may act: a browser says where the page came from in
 * `Origin` (and `Sec-Fetch-Site`), which must be allowed; a request with neither is not from a
 * browser page (scripts, curl), and cross-site forgery needs a browser.
 */
export function isAllowedRequestSource(policy: OriginPolicy, request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) return isAllowedOrigin(policy, origin, request);
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

/**
 * Where people reach Tavolo, for addresses printed in files: `PUBLIC_URL` when set, otherwise
 * the origin this request was sent to (set PUBLIC_URL behind a proxy that rewrites Host).
 */
export function publicOriginOf(policy: OriginPolicy, request: Request): string {
  return policy.publicOrigin ?? `${schemeOf(policy, request)}//${new URL(request.url).host}`;
}
