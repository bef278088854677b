import { formatIssues } from "@tavolo/shared";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

/** An error the API answers with its status and `{ "error": message, ...extra }`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    /** More fields of the answer (e.g. the `reason` a damaged version is refused for). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Parses the JSON body with `schema`; bad input becomes a 400 saying "field: message". */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ApiError(400, "body: must be a JSON object");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(400, formatIssues(parsed.error));
  return parsed.data;
}

/** Validates one URL parameter (ids are 22-character base64url strings). */
export function readId(c: Context, name: string): string {
  const value = c.req.param(name) ?? "";
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw new ApiError(400, `${name}: not a valid id`);
  return value;
}
