import { rm } from "node:fs/promises";
import {
  type ApprovalChallengeResponse,
  type Invitation,
  OIDC_PROOF_PARAM,
  type OidcProofSummary,
  type VersionDetail,
} from "@tavolo/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../src/db/database.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { CookieBrowser } from "./helpers/oidc-browser.ts";
import { CALLBACK_PATH, OidcFlow } from "./helpers/oidc-flow.ts";
import { LUCIA, MARIO, startOidcProvider, type TestOidcProvider } from "./helpers/oidc-provider.ts";
import { oidcReferente } from "./helpers/oidc-referente.ts";
import { tempDataDir } from "./helpers/server-process.ts";
import { createProposal, freeze } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let provider: TestOidcProvider;
let server: TestServer;
let workspace: Workspace;
let mario: OidcFlow;
let versionId: string;

/** Mario joins the workspace's procedure by signing in at the provider with an invitation. */
async function invitedBySignIn(into: Workspace, app: string): Promise<OidcFlow> {
  const invited = await into.api.ok<Invitation>(
    "POST",
    `/api/procedures/${into.procedure.id}/invitations`,
    { role: "redattore" },
  );
  const flow = new OidcFlow(new CookieBrowser(), app);
  await flow.signIn(MARIO.id, { invitation: invited.token });
  return flow;
}

let recordsDir: string;
let records: TestServer;
let recordsOpen = true;

beforeAll(async () => {
  provider = await startOidcProvider();
  recordsDir = await tempDataDir();
  [server, records] = await Promise.all([
    startTestServer(provider.env),
    startTestServer({ ...provider.env, DATA_DIR: recordsDir }),
  ]);
  for (const app of [server, records]) provider.allowRedirect(`${app.url}${CALLBACK_PATH}`);
  workspace = await Workspace.create(server.url);
  mario = await invitedBySignIn(workspace, server.url);
  const room = await createProposal(workspace);
  const version = await freeze(workspace, room.id, { label: "Prima stesura" });
  versionId = version.id;
});
afterAll(async () => {
  await Promise.all([server.close(), recordsOpen ? records.close() : undefined]);
  await rm(recordsDir, { recursive: true, force: true });
  await provider.close();
});

const reauth = (flow: OidcFlow, decision = "approve") =>
  flow.start(
    { versionId, organisationId: "org-1", decision, returnTo: "/procedure/p/versioni?x=1" },
    "/api/auth/oidc/reauth",
  );

describe("re-authentication to confirm an approval", () => {
  it("asks the provider for a fresh login and brings back a proof bound to the decision", async () => {
    const authorization = await reauth(mario);
    expect(authorization.searchParams.get("prompt")).toBe("login");
    expect(Number(authorization.searchParams.get("max_age"))).toBeGreaterThan(0);
    // The provider session from the sign-in does not suffice: its login page shows again.
    const landing = await mario.logIn(authorization, MARIO.id);
    expect(landing.pathname).toBe("/procedure/p/versioni");
    expect(landing.searchParams.get("x")).toBe("1");
    expect(landing.searchParams.get(OIDC_PROOF_PARAM)).toMatch(/^[\w-]{16,}$/);
  });

  it("refuses a login at the provider as another identity than the person's", async () => {
    // Mario's Tavolo session, in a browser where nobody is signed in at the provider yet.
    const session = mario.browser.cookie(server.url, "tavolo_session") ?? "";
    const elsewhere = new OidcFlow(new CookieBrowser(), server.url);
    elsewhere.browser.setCookie(server.url, "tavolo_session", session);
    const landing = await elsewhere.logIn(await reauth(elsewhere), LUCIA.id);
    expect(landing.searchParams.get("errore")).toBe("identita-diversa");
    expect((await elsewhere.get("/api/session")).status).toBe(200);
  });

  it("is refused without a session, without a linked identity, and for a version the person cannot see", async () => {
    const anonymous = new OidcFlow(new CookieBrowser(), server.url);
    const answer = await anonymous.post("/api/auth/oidc/reauth", {
      versionId,
      organisationId: "o",
      decision: "approve",
    });
    expect(answer.status).toBe(401);
    const body = { versionId, organisationId: "o", decision: "approve" };
    // The facilitator is a member but signed in by name: nothing to re-authenticate with.
    const unlinked = await workspace.api.request("POST", "/api/auth/oidc/reauth", body);
    expect(unlinked.status).toBe(400);
    const stranger = new OidcFlow(new CookieBrowser(), server.url);
    await stranger.post("/api/session", { displayName: "Fuori dalla procedura" });
    expect((await stranger.post("/api/auth/oidc/reauth", body)).status).toBe(404);
    const unknown = await mario.post("/api/auth/oidc/reauth", {
      versionId: "no-such-version",
      organisationId: "o",
      decision: "approve",
    });
    expect(unknown.status).toBe(404);
  });
});

describe("an OIDC-only referente's answer, confirmed by re-authenticating", () => {
  it("goes to the provider and back, and is recorded with the IdP, subject and acr", async () => {
    const referente = await oidcReferente(server.url, LUCIA.id);
    const { organisation: aps, flow: lucia, version, versionsPage: returnTo } = referente;
    const answer = { decision: "request_changes", reason: "Manca il budget del secondo anno" };
    const authorization = await lucia.start(
      { versionId: version.id, organisationId: aps.id, ...answer, returnTo },
      "/api/auth/oidc/reauth",
    );
    const landing = await lucia.logIn(authorization, LUCIA.id);
    expect(landing.pathname).toBe(returnTo);
    const proofId = landing.searchParams.get(OIDC_PROOF_PARAM) ?? "";

    // The page shows what the proof confirms before sending the answer with it.
    const shown = await lucia.get<OidcProofSummary>(`/api/auth/oidc/proofs/${proofId}`);
    expect(shown.body).toMatchObject({
      versionSha256: version.hash,
      organisationId: aps.id,
      ...answer,
      issuer: provider.issuer,
      acr: LUCIA.acr,
    });
    expect((await mario.get(`/api/auth/oidc/proofs/${proofId}`)).status).toBe(404);

    const send = async (body: typeof answer) => {
      const challenge = await lucia.post<ApprovalChallengeResponse>(
        `/api/versions/${version.id}/approvals/challenge`,
        { hash: version.hash, ...body },
      );
      const proof = { method: "oidc", nonce: challenge.body.binding.nonce, proofId };
      return lucia.post<VersionDetail>(`/api/versions/${version.id}/approvals`, {
        hash: version.hash,
        ...body,
        proof,
      });
    };
    const edited = await send({ ...answer, reason: "Va tutto bene, approviamo" });
    expect(edited.status).toBe(403);
    const answered = await send(answer);
    expect(answered.status).toBe(200);
    expect(answered.body.round?.responses[0]?.signature).toMatchObject({
      method: "oidc",
      issuer: provider.issuer,
      subject: LUCIA.id,
      acr: LUCIA.acr,
    });
    expect(answered.body.signatures[0]).toMatchObject({ method: "oidc", status: "valid" });
    expect((await send(answer)).status).toBe(403);
  });

  it("refuses to start for a request for changes without its reason", async () => {
    const refused = await mario.post<{ error: string }>("/api/auth/oidc/reauth", {
      versionId,
      organisationId: "org-1",
      decision: "request_changes",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/^reason/);
  });
});

describe("what a sign-in records", () => {
  it("keeps the IdP, subject and acr on the identity and on the session, method oidc", async () => {
    const other = await Workspace.create(records.url);
    const flow = await invitedBySignIn(other, records.url);
    const me = await flow.get<{ id: string }>("/api/session");
    await records.close();
    recordsOpen = false;
    const db = await Database.open(recordsDir);
    try {
      const sessions = Object.values(db.data.sessions).filter((s) => s.personId === me.body.id);
      expect(sessions).toMatchObject([
        { method: "oidc", oidc: { issuer: provider.issuer, subject: MARIO.id, acr: MARIO.acr } },
      ]);
      expect(db.data.oidcIdentities[`${provider.issuer} ${MARIO.id}`]).toMatchObject({
        personId: me.body.id,
        acr: MARIO.acr,
        email: MARIO.email,
      });
    } finally {
      await db.close();
    }
  });
});
