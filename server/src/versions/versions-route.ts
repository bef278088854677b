import { ApprovalDecisionSchema } from "@tavolo/shared";
import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { answeringOrganisation, openRoundOf, recordAnswer } from "./approvals.ts";
import { verifiedText } from "./integrity.ts";
import { documentRoom, requireSession } from "./rights.ts";
import type { VersionStates } from "./version-states.ts";
import { findVersion, versionDetail } from "./views.ts";

const IMMUTABLE = "a version is never changed or deleted: freeze a new one instead";

/** `/api/versions/:id`: read a version, answer its approval round; never change it. */
export function versionsRoute({ db }: ApiDeps, states: VersionStates): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  // Before the session check: a version is immutable for everyone.
  route.on(["PUT", "PATCH", "DELETE"], "/:id", (c) => {
    c.header("Allow", "GET");
    return c.json({ error: IMMUTABLE }, 405);
  });
  route.use("*", requireSession);

  route.get("/:id", async (c) => {
    const version = findVersion(db.data, readId(c, "id"));
    requireMember(c, db.data, version.procedureId);
    return c.json(await versionDetail(db, states, version));
  });

  route.post("/:id/approvals", async (c) => {
    const version = findVersion(db.data, readId(c, "id"));
    requireMember(c, db.data, version.procedureId);
    const decision = await readBody(c, ApprovalDecisionSchema);
    // After the await: the membership that answers is the one current now.
    const { person, membership } = requireMember(c, db.data, version.procedureId);
    const round = openRoundOf(db.data, version.id);
    const organisationId = answeringOrganisation(
      db.data,
      membership,
      round,
      decision.organisationId,
    );
    if (decision.hash !== version.hash) {
      throw new ApiError(409, "hash: this is not the impronta of the version in the round");
    }
    // Nobody approves a text that no longer verifies (409 with the reason, audited).
    await verifiedText(db, states, version, person);
    const room = documentRoom(db.data, version.roomId);
    const answer = { version, room, roundId: round.id, organisationId, person, decision };
    await db.change((data) => recordAnswer(data, answer));
    return c.json(await versionDetail(db, states, version));
  });

  return route;
}
