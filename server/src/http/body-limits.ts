import { BOARD_IMAGE_MAX_BYTES } from "@tavolo/shared";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/** Request body caps in bytes: `large` for the routes in `LARGE_BODY_ROUTES`, `ordinary` for the rest. */
export interface BodyLimitSettings {
  ordinary: number;
  large: number;
  /** `POST /api/verify`: an exported file's bytes (a long PDF with its fonts). */
  verify: number;
}

/** The one route whose body is a file, not JSON: public verification of an exported file. */
export const VERIFY_FILE_ROUTE = /^\/api\/verify\/?$/;

/** The one route whose body is a photo for a board (see boards/images-route.ts). */
export const BOARD_IMAGE_ROUTE = /^\/api\/procedures\/[^/]+\/boards\/[^/]+\/images\/?$/;

/**
 * Routes whose schemas legitimately take more than an ordinary JSON body. Largest valid bodies
 * (3-byte characters, as a browser's JSON.stringify sends "€"): an organisation with 100
 * resources of 500 characters, about 160 KB; a meeting with a 5,000-character agenda, 500
 * attendees and 100 rooms, about 110 KB. `body-limits.test.ts` builds both and checks they fit.
 * Every other body (display names, titles, votes, approvals) fits well within 64 KiB.
 */
export const LARGE_BODY_ROUTES: readonly RegExp[] = [
  /^\/api\/procedures\/[^/]+\/(organisations|meetings)(\/[^/]+)?\/?$/,
];

/**
 * Refuses a body over its route's limit with 413 before it is read whole: a declared
 * Content-Length over the limit is refused before any byte of the body is read, a chunked body
 * as soon as the bytes read so far pass it (Hono's `bodyLimit`).
 */
export function bodyLimits(settings: BodyLimitSettings): MiddlewareHandler {
  const ordinary = bodyLimit({ maxSize: settings.ordinary, onError: tooLarge(settings.ordinary) });
  const large = bodyLimit({ maxSize: settings.large, onError: tooLarge(settings.large) });
  const verify = bodyLimit({ maxSize: settings.verify, onError: tooLarge(settings.verify) });
  const image = bodyLimit({
    maxSize: BOARD_IMAGE_MAX_BYTES,
    onError: tooLarge(BOARD_IMAGE_MAX_BYTES),
  });
  return (c, next) => {
    if (VERIFY_FILE_ROUTE.test(c.req.path)) return verify(c, next);
    if (BOARD_IMAGE_ROUTE.test(c.req.path)) return image(c, next);
    const takesLarge = LARGE_BODY_ROUTES.some((route) => route.test(c.req.path));
    return (takesLarge ? large : ordinary)(c, next);
  };
}

function tooLarge(maxSize: number) {
  return (c: Context) =>
    c.json({ error: `body: larger than this route takes (${maxSize} bytes)` }, 413);
}
