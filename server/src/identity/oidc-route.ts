import {
  OIDC_PROOF_PARAM,
  type OidcError,
  type OidcIdentitySummary,
  type OidcProofSummary,
  type OidcPublicConfig,
  OidcReauthSchema,
  OidcStartSchema,
} from "@tavolo/shared";
import { type Context, Hono } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import {
  type AuthEnv,
  presentedSessionId,
  rotateSession,
  setSessionCookie,
} from "../auth/session.ts";
import type { Data } from "../db/database.ts";
import { ApiError, readBody } from "../http/api-error.ts";
import { publicOriginOf, requestIsHttps } from "../http/origin-policy.ts";
import { membershipOf, personStill, requirePerson } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { REAUTH_MAX_AGE_SECONDS, recordOidcApproval } from "./oidc-approval.ts";
import { OidcClient, type OidcSettings, type VerifiedIdentity } from "./oidc-client.ts";
import { isLinkedTo, linkOidcIdentity, OidcRefusal, oidcSignIn } from "./oidc-sign-in.ts";
import {
  type OidcPurpose,
  type OidcTransaction,
  OidcTransactions,
  TRANSACTION_TTL_MS,
} from "./oidc-transactions.ts";

const TRANSACTION_COOKIE = "tavolo_oidc";
const COOKIE_PATH = "/api/auth/oidc";
const CALLBACK_PATH = "/api/auth/oidc/callback";
const NOT_CONFIGURED = "oidc: sign-in with OpenID Connect is not configured";

/** Where a refused round trip lands: the page that explains `code` in Italian. */
const errorPage = (code: OidcError) => `/accesso/oidc?errore=${code}`;

/** The signed-in person, checked against `data` now and against who started the round trip. */
function sameSignedIn(c: Context<AuthEnv>, data: Readonly<Data>, personId: string): void {
  if (personStill(c, data)?.id !== personId) throw new OidcRefusal("sessione-scaduta");
}

/**
 * `/api/auth/oidc`: OpenID Connect sign-in, linking and re-authentication (README, "OpenID
 * Connect"). Without settings it says it is off, and starts nothing.
 */
export function oidcRoute(deps: ApiDeps, settings: OidcSettings | null): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.get("/", (c) =>
    c.json<OidcPublicConfig>({ enabled: settings !== null, label: settings?.label ?? null }),
  );
  route.get("/identities", (c) => {
    const person = requirePerson(c);
    const mine = Object.values(deps.db.data.oidcIdentities).filter((i) => i.personId === person.id);
    return c.json<OidcIdentitySummary[]>(
      mine.map(({ issuer, subject, acr, email, linkedAt, lastUsedAt }) => {
        return { issuer, subject, acr, email, linkedAt, lastUsedAt };
      }),
    );
  });
  if (!settings) {
    // Re-authentication is a signed-in person's request: without a session that comes first.
    route.post("/reauth", (c) => {
      requirePerson(c);
      throw new ApiError(404, NOT_CONFIGURED);
    });
    route.all("/*", (c) => c.json({ error: NOT_CONFIGURED }, 404));
    return route;
  }
  const { db, secret, origins, log } = deps;
  const client = new OidcClient(settings);
  const transactions = new OidcTransactions();

  /** Keeps the transaction, sets its cookie and answers the provider's URL to go to. */
  const begin = async (c: Context<AuthEnv>, purpose: OidcPurpose, returnTo: string) => {
    const redirectUri = `${publicOriginOf(origins, c.req.raw)}${CALLBACK_PATH}`;
    const maxAge = purpose.kind === "reauth" ? REAUTH_MAX_AGE_SECONDS : undefined;
    const checks = OidcClient.newChecks(redirectUri, maxAge);
    let url: URL;
    try {
      url = await client.authorizationUrl(checks);
    } catch (error) {
      log.warn({ err: error }, "OIDC discovery failed");
      throw new ApiError(503, "oidc: the identity provider cannot be reached");
    }
    const id = transactions.put({ checks, purpose, returnTo });
    await setSignedCookie(c, TRANSACTION_COOKIE, id, secret, {
      httpOnly: true,
      // Lax: the cookie must come back on the provider's top-level redirect to the callback.
      sameSite: "Lax",
      path: COOKIE_PATH,
      secure: requestIsHttps(origins, c.req.raw),
      maxAge: TRANSACTION_TTL_MS / 1000,
    });
    return c.json({ url: url.href });
  };

  route.post("/start", async (c) => {
    const input = await readBody(c, OidcStartSchema);
    const purpose: OidcPurpose =
      input.purpose === "link"
        ? { kind: "link", personId: requirePerson(c).id }
        : { kind: "signin", invitation: input.invitation ?? null };
    return begin(c, purpose, input.returnTo);
  });

  route.post("/reauth", async (c) => {
    const person = requirePerson(c);
    const { returnTo, ...decision } = await readBody(c, OidcReauthSchema);
    const version = db.data.versions[decision.versionId];
    // Someone else's procedure's versions are as unknown to this person as missing ones.
    if (!version || !membershipOf(db.data, version.procedureId, person.id)) {
      throw new ApiError(404, "versionId: no such version");
    }
    const linked = Object.values(db.data.oidcIdentities).some((i) => i.personId === person.id);
    if (!linked) throw new ApiError(400, "oidc: no institutional identity is linked to you");
    const { versionId, organisationId, decision: answer } = decision;
    const reason = answer === "request_changes" ? (decision.reason ?? null) : null;
    if (answer === "request_changes" && reason === null) {
      throw new ApiError(400, "reason: a request for changes needs its reason");
    }
    const binding = {
      ...{ versionId, organisationId, decision: answer, reason },
      versionSha256: version.hash,
    };
    return begin(c, { kind: "reauth", personId: person.id, binding }, returnTo);
  });

  route.get("/proofs/:id", (c) => {
    const person = requirePerson(c);
    const proof = db.data.oidcApprovalProofs[c.req.param("id")];
    if (proof?.personId !== person.id || Date.parse(proof.expiresAt) <= Date.now()) {
      throw new ApiError(404, "id: no such re-authentication, or it was already used");
    }
    const { versionId, versionSha256, organisationId, decision, reason, issuer, acr } = proof;
    return c.json<OidcProofSummary>({
      ...{ versionId, versionSha256, organisationId, decision, reason, issuer, acr },
      expiresAt: proof.expiresAt,
    });
  });

  /** Completes the transaction's purpose with the verified identity; answers where to go. */
  const complete = async (c: Context<AuthEnv>, tx: OidcTransaction, identity: VerifiedIdentity) => {
    const { purpose } = tx;
    if (purpose.kind === "link") {
      await db.change((data) => {
        sameSignedIn(c, data, purpose.personId);
        linkOidcIdentity(data, identity, purpose.personId);
      });
      return tx.returnTo;
    }
    if (purpose.kind === "reauth") {
      const proof = await db.change((data) => {
        sameSignedIn(c, data, purpose.personId);
        if (!isLinkedTo(data, identity, purpose.personId))
          throw new OidcRefusal("identita-diversa");
        const { versionId, versionSha256 } = purpose.binding;
        if (data.versions[versionId]?.hash !== versionSha256) throw new OidcRefusal("non-valida");
        return recordOidcApproval(data, purpose.personId, identity, purpose.binding);
      });
      const back = new URL(tx.returnTo, "http://tavolo.invalid");
      back.searchParams.set(OIDC_PROOF_PARAM, proof.id);
      return `${back.pathname}${back.search}${back.hash}`;
    }
    const presented = await presentedSessionId(c, secret);
    const { session, procedureId } = await db.change((data) => {
      const signedIn = oidcSignIn(data, identity, purpose.invitation);
      const session = rotateSession(data, presented, signedIn.person.id);
      session.method = "oidc";
      session.oidc = { issuer: identity.issuer, subject: identity.subject, acr: identity.acr };
      return { session, procedureId: signedIn.procedureId };
    });
    await setSessionCookie(c, secret, origins, session);
    return procedureId ? `/procedure/${encodeURIComponent(procedureId)}` : tx.returnTo;
  };

  route.get("/callback", async (c) => {
    const id = await getSignedCookie(c, secret, TRANSACTION_COOKIE);
    deleteCookie(c, TRANSACTION_COOKIE, { path: COOKIE_PATH });
    const tx = id ? transactions.take(id) : null;
    if (!tx) return c.redirect(errorPage("sessione-scaduta"));
    if (c.req.query("error")) return c.redirect(errorPage("annullato"));
    let identity: VerifiedIdentity;
    try {
      identity = await client.redeem(new URL(c.req.url).search, tx.checks);
    } catch (error) {
      log.warn({ err: error }, "OIDC callback refused");
      return c.redirect(errorPage("non-valida"));
    }
    try {
      return c.redirect(await complete(c, tx, identity));
    } catch (error) {
      if (error instanceof OidcRefusal) return c.redirect(errorPage(error.code));
      if (error instanceof ApiError && error.status === 401) {
        return c.redirect(errorPage("sessione-scaduta"));
      }
      throw error;
    }
  });

  return route;
}
