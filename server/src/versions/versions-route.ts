import { ApprovalDecisionSchema } from "@tavolo/shared";
import type { Context } from "hono";
import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { ApprovalChallenges } from "./approval-signature-challenges.ts";
import { type Answering, issueChallenge, signedAnswer } from "./approval-signature-route.ts";
import { answeringOrganisation, openRoundOf, recordAnswer } from "./approvals.ts";
import { verifiedText } from "./integrity.ts";
import { documentRoom, requireSession } from "./rights.ts";
import type { VersionStates } from "./version-states.ts";
import { findVersion, versionDetail } from "./views.ts";

const IMMUTABLE = "a version is never changed or deleted: freeze a new one instead";

/** `/api/versions/:id`: read a version, answer its approval round; never change it. */
export function versionsRoute({ db, origins }: ApiDeps, states: VersionStates): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  const challenges = new ApprovalChallenges();
  /** The version, the answer in the body, and who gives it for which organisation (checked). */
  const answering = async (c: Context<AuthEnv>): Promise<Answering> => {
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
    return { version, person, organisationId, decision };
  };
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

  route.post("/:id/approvals/challenge", async (c) => {
    const request = { origins, raw: c.req.raw };
    return c.json(issueChallenge(db.data, challenges, request, await answering(c)));
  });

  route.post("/:id/approvals", async (c) => {
    const request = { origins, raw: c.req.raw };
    const { version, person, organisationId, decision } = await answering(c);
    const signed = await signedAnswer(db.data, challenges, request, {
      version,
      person,
      organisationId,
      decision,
    });
    // Nobody approves a text that no longer verifies (409 with the reason, audited).
    await verifiedText(db, states, version, person);
    const room = documentRoom(db.data, version.roomId);
    const roundId = openRoundOf(db.data, version.id).id;
    const answer = { version, room, roundId, organisationId, person, decision };
    await db.change((data) => {
      // One step: the challenge and the proof are used up, and the answer recorded with them.
      if (signed) challenges.consume(signed.pending);
      const signature = signed?.proof.record(data);
      recordAnswer(data, { ...answer, signature });
    });
    return c.json(await versionDetail(db, states, version));
  });

  return route;
}
