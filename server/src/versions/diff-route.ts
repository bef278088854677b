import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { DiffRunner, MAX_QUEUED_DIFFS } from "./diff-runner.ts";
import { readLiveState } from "./freeze.ts";
import { requireSession } from "./rights.ts";
import { findVersion, frozenText } from "./views.ts";

/** One worker thread per process, whatever the number of servers started in it (tests). */
const runner = new DiffRunner();

/**
 * `GET /api/versions/:id/diff?to=<version id>|draft`: what changed from this version. The
 * comparison runs on a worker thread, which also writes the JSON body (rooms and requests carry
 * on meanwhile); documents over `DiffLimits` are answered 413, and a full queue 503.
 */
export function versionDiffRoute({ db, rooms }: ApiDeps): Hono<AuthEnv> {
  return new Hono<AuthEnv>().use("*", requireSession).get("/", async (c) => {
    const from = findVersion(db.data, readId(c, "id"));
    requireMember(c, db.data, from.procedureId);
    const to = c.req.query("to") ?? "draft";
    let after: string;
    if (to === "draft") {
      const live = await readLiveState(rooms, db.data, from.roomId);
      if (!live.canonical.ok) throw new ApiError(409, "the draft cannot be read as it stands");
      after = live.canonical.canonical;
    } else {
      const other = db.data.versions[to];
      if (other?.roomId !== from.roomId) {
        throw new ApiError(400, "to: not a version of the same document");
      }
      after = await frozenText(db, other);
    }
    if (runner.queued >= MAX_QUEUED_DIFFS) {
      c.header("Retry-After", "5");
      throw new ApiError(503, "too many comparisons running: try again in a few seconds");
    }
    const request = { before: await frozenText(db, from), after, fromVersionId: from.id, to };
    const reply = await runner.diff(request);
    if (!reply.ok) throw new ApiError(reply.failed ? 500 : 413, reply.error);
    return c.body(reply.json, 200, { "Content-Type": "application/json; charset=UTF-8" });
  });
}
