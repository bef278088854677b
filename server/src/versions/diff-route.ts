import { type CanonicalDocument, diffDocuments, type VersionDiff } from "@tavolo/shared";
import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { readLiveState } from "./freeze.ts";
import { requireSession } from "./rights.ts";
import { findVersion, frozenText } from "./views.ts";

const parse = (canonical: string) => JSON.parse(canonical) as CanonicalDocument;

/** `GET /api/versions/:id/diff?to=<version id>|draft`: what changed from this version. */
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
    const body: VersionDiff = {
      fromVersionId: from.id,
      to,
      sections: diffDocuments(parse(await frozenText(db, from)), parse(after)),
    };
    return c.json(body);
  });
}
