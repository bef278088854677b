/**
 * Which pages may open a websocket with the session cookie. A browser sends the cookie with a
 * websocket upgrade from any site, and the upgrade is not subject to CORS: without this check, a
 * page on another origin (another port of the same host included) could open a room as the
 * signed-in person and read it live. Allowed are the server's own origin (the `Origin` names
 * the host the request was sent to) and those configured in `ALLOWED_ORIGINS`.
 *
 * A request without `Origin` does not come from a browser (browsers always send it on an
 * upgrade), so no page can be acting through it; `Origin: null` (sandboxed frames, `file:`,
 * redirects) is a browser hiding where it comes from, and is refused.
 */
export function cookieOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: ReadonlySet<string>,
): boolean {
  if (origin === undefined) return true;
  const parsed = parseOrigin(origin);
  if (!parsed) return false;
  if (allowed.has(parsed.origin)) return true;
  return host !== undefined && parsed.host === hostAs(parsed.protocol, host);
}

/** The Host header as URL parsing writes it (lower case, no default port), or "" if invalid. */
function hostAs(protocol: string, host: string): string {
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return "";
  }
}

function parseOrigin(origin: string): URL | null {
  if (!/^https?:\/\//i.test(origin)) return null;
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}
