import { type IssuedSignInLink, IssueSignInLinkSchema } from "@tavolo/shared";
import { Hono } from "hono";
import {
  type AuthEnv,
  presentedSessionId,
  rotateSession,
  setSessionCookie,
} from "../auth/session.ts";
import type { Data, PersonRecord, SignInLinkRecord, SignInMethod } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { membershipOf, requireMember } from "../procedures/access.ts";
import { recordAudit } from "../procedures/audit.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import {
  issueSignInLink,
  previewSignInLink,
  signInLinkPath,
  spendSignInLink,
} from "./sign-in-links.ts";

const METHOD_OF_KIND: Record<NonNullable<SignInLinkRecord["kind"]>, SignInMethod> = {
  "sign-in": "link",
  bootstrap: "bootstrap",
  "instance-invitation": "invitation",
};

/**
 * Why `issuer` may not issue a sign-in link for `target`, or null. The link opens every
 * procedure of its person, so the issuer must facilitate each of them; an administrator's
 * account is never handed out this way.
 */
function refusedBecause(
  data: Readonly<Data>,
  issuer: PersonRecord,
  target: PersonRecord,
): string | null {
  if (target.isAdmin) return "an administrator signs in only through their own methods";
  const outside = data.memberships.some(
    (m) =>
      m.personId === target.id &&
      m.revokedAt === null &&
      membershipOf(data, m.procedureId, issuer.id)?.role !== "facilitatore",
  );
  return outside
    ? "this person also belongs to procedures you do not facilitate: ask an administrator"
    : null;
}

/** Facilitators' side: `POST /api/procedures/:pid/sign-in-links {personId}`. */
export function procedureSignInLinksRoute({ db, identity }: ApiDeps): Hono<AuthEnv> {
  return new Hono<AuthEnv>().post("/", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "people.manage");
    const { personId } = await readBody(c, IssueSignInLinkSchema);
    const issued = await db.change((data) => {
      const { person: issuer } = requireMember(c, data, pid, "people.manage");
      const target = data.people[personId];
      if (!target || !membershipOf(data, pid, personId)) {
        throw new ApiError(404, "personId: not a member of this procedure");
      }
      const refused = refusedBecause(data, issuer, target);
      if (refused) throw new ApiError(403, refused);
      const link = issueSignInLink(data, {
        personId,
        issuedBy: issuer.id,
        procedureId: pid,
        kind: "sign-in",
        validForMs: identity.signInLinkMinutes * 60_000,
      });
      recordAudit(data, pid, issuer, "signInLink.issued", {
        person: target.displayName,
        expiresAt: link.record.expiresAt,
      });
      return { link, displayName: target.displayName };
    });
    const answer: IssuedSignInLink = {
      path: signInLinkPath(issued.link.secret),
      expiresAt: issued.link.record.expiresAt,
      displayName: issued.displayName,
    };
    return c.json(answer, 201);
  });
}

/** Holders' side: `/api/sign-in-links/:token` to preview and use a link. */
export function signInLinksRoute({ db, secret, origins }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/:token", (c) => c.json(previewSignInLink(db.data, readId(c, "token"))));

  /** Signs in as the link's person with a new session id; the link is spent in the same step. */
  route.post("/:token/use", async (c) => {
    const token = readId(c, "token");
    const presented = await presentedSessionId(c, secret);
    const { person, session } = await db.change((data) => {
      const link = spendSignInLink(data, token);
      const person = data.people[link.personId] as PersonRecord;
      if (link.procedureId) recordAudit(data, link.procedureId, person, "signInLink.used");
      const session = rotateSession(data, presented, person.id);
      session.method = METHOD_OF_KIND[link.kind ?? "sign-in"];
      return { person, session };
    });
    await setSessionCookie(c, secret, origins, session);
    return c.json({ id: person.id, displayName: person.displayName, method: session.method });
  });

  return route;
}
