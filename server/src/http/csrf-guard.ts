import type { MiddlewareHandler } from "hono";
import { BOARD_IMAGE_ROUTE, VERIFY_FILE_ROUTE } from "./body-limits.ts";
import { isAllowedRequestSource, type OriginPolicy } from "./origin-policy.ts";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Whether the request carries a body (a length above zero, or a chunked one). */
function hasBody(headers: Headers): boolean {
  const length = headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return headers.has("transfer-encoding");
}

function isJson(contentType: string): boolean {
  return contentType.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** A board photo comes as its own type, which no form or "simple" cross-site request can send. */
function isPhoto(path: string, contentType: string): boolean {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return BOARD_IMAGE_ROUTE.test(path) && /^image\/(png|jpeg|webp)$/.test(type);
}

/**
 * Cross-site request forgery guard for the API's mutating routes: a foreign `Origin` (or
 * `Origin: null`, or `Sec-Fetch-Site: cross-site`/`same-site` without one) is refused with 403,
 * and a body is accepted only as `application/json` (415): the types a plain HTML form or a
 * "simple" cross-site fetch can send (`text/plain`, form encodings) never reach a handler.
 * Requests without a body may come without a content type.
 */
export function csrfGuard(policy: OriginPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (!MUTATING.has(c.req.method)) return next();
    // A file to recognise, from anyone, anywhere: it reads no session and changes nothing.
    if (VERIFY_FILE_ROUTE.test(c.req.path)) return next();
    if (!isAllowedRequestSource(policy, c.req.raw)) {
      return c.json({ error: "origin: requests from other sites may not change anything" }, 403);
    }
    const contentType = c.req.header("content-type");
    const accepted = (type: string) => isJson(type) || isPhoto(c.req.path, type);
    if (contentType === undefined ? hasBody(c.req.raw.headers) : !accepted(contentType)) {
      return c.json({ error: "content-type: the API accepts only application/json bodies" }, 415);
    }
    return next();
  };
}
