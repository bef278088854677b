import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * Security headers on every response (Hono's `secureHeaders`), with a Content Security Policy
 * the built client works under:
 * - scripts only from this origin (Vite emits no inline script);
 * - styles from this origin and inline: Tiptap injects its base `<style>` element and the
 *   editor writes `style` attributes; React's `style` props go through CSSOM, which CSP does not
 *   govern. Inline styles cannot run code, scripts stay strict;
 * - images also from `data:` and `blob:` (the board's PNG export draws its SVG from a blob);
 * - `connect-src 'self'`, which CSP 3 browsers match against ws:/wss: on this same host too,
 *   so the sync websocket is allowed and no other host is;
 * - never framed (`frame-ancestors 'none'` and `X-Frame-Options: DENY`).
 * The referrer policy keeps `Origin` on same-origin requests (the CSRF check reads it), which
 * `no-referrer` would turn into `null`, and sends other sites only the origin, never a path with
 * an invitation token in it. HSTS is left to the TLS proxy, which knows the domain.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    referrerPolicy: "strict-origin-when-cross-origin",
    strictTransportSecurity: false,
  });
}
