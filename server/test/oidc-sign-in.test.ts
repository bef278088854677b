import type { Invitation, Member, OidcIdentitySummary, OidcPublicConfig } from "@tavolo/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "./helpers/in-process-server.ts";
import { errorOf, type OidcFlow, startTavoloWithProvider } from "./helpers/oidc-flow.ts";
import { ANNA, LUCIA, MARIO, type TestOidcProvider } from "./helpers/oidc-provider.ts";
import { Workspace } from "./helpers/workspace.ts";

let setup: Awaited<ReturnType<typeof startTavoloWithProvider>>;
let provider: TestOidcProvider;
let server: TestServer;
let workspace: Workspace;

beforeAll(async () => {
  setup = await startTavoloWithProvider();
  ({ provider, server } = setup);
  workspace = await Workspace.create(server.url);
});
afterAll(() => setup.close());

const newFlow = () => setup.newFlow();
const invitation = (role: Invitation["role"] = "redattore") =>
  workspace.api.ok<Invitation>("POST", `/api/procedures/${workspace.procedure.id}/invitations`, {
    role,
  });
const me = (flow: OidcFlow) => flow.get<{ id: string; displayName: string }>("/api/session");

describe("OpenID Connect sign-in against a real provider", () => {
  it("says it is on, with the configured button text", async () => {
    const config = await newFlow().get<OidcPublicConfig>("/api/auth/oidc");
    expect(config.body).toEqual({ enabled: true, label: "Accedi con SPID/CIE" });
  });

  it("turns away an identity with no account and no invitation, creating nobody", async () => {
    const flow = newFlow();
    const landing = await flow.signIn(LUCIA.id, { returnTo: "/" });
    expect(errorOf(landing)).toBe("nessun-account");
    expect((await me(flow)).status).toBe(401);
  });

  it("creates the invited person from the identity, records sub and acr, and signs them in again later", async () => {
    const invited = await invitation();
    const flow = newFlow();
    const landing = await flow.signIn(MARIO.id, { invitation: invited.token });
    expect(landing.pathname).toBe(`/procedure/${workspace.procedure.id}`);
    const person = (await me(flow)).body;
    expect(person.displayName).toBe(MARIO.name);
    const members = await workspace.api.ok<Member[]>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/members`,
    );
    expect(members.map((m) => m.displayName)).toContain(MARIO.name);
    const identities = await flow.get<OidcIdentitySummary[]>("/api/auth/oidc/identities");
    expect(identities.body).toMatchObject([
      { issuer: provider.issuer, subject: MARIO.id, acr: MARIO.acr, email: MARIO.email },
    ]);

    // A new device: no invitation needed now, and it is the same person.
    const again = newFlow();
    expect(errorOf(await again.signIn(MARIO.id, { returnTo: "/procedure/x" }))).toBeNull();
    expect((await me(again)).body.id).toBe(person.id);
  });

  it("rotates the session on sign-in: an id planted before it stops working", async () => {
    const flow = newFlow();
    await flow.post("/api/session", { displayName: "Cookie piantato" });
    const planted = flow.browser.cookie(server.url, "tavolo_session");
    const lucia = newFlow();
    await lucia.post("/api/session", { displayName: "Lucia" });
    expect(errorOf(await lucia.signIn(LUCIA.id, { purpose: "link" }))).toBeNull();
    // The victim's browser carries the planted session into an OIDC sign-in.
    const landing = await flow.signIn(LUCIA.id);
    expect(errorOf(landing)).toBeNull();
    expect(flow.browser.cookie(server.url, "tavolo_session")).not.toBe(planted);
    const answer = await fetch(`${server.url}/api/session`, {
      headers: { cookie: `tavolo_session=${planted}` },
    });
    expect(answer.status).toBe(401);
  });

  it("links an identity to the signed-in account, and refuses one linked to someone else", async () => {
    const flow = newFlow();
    await flow.post("/api/session", { displayName: "Anna" });
    const anna = (await me(flow)).body;
    const landing = await flow.signIn(ANNA.id, { purpose: "link", returnTo: "/account" });
    expect(landing.pathname).toBe("/account");
    const identities = await flow.get<OidcIdentitySummary[]>("/api/auth/oidc/identities");
    expect(identities.body).toMatchObject([{ subject: ANNA.id, acr: ANNA.acr }]);
    const elsewhere = newFlow();
    expect(errorOf(await elsewhere.signIn(ANNA.id))).toBeNull();
    expect((await me(elsewhere)).body.id).toBe(anna.id);

    const other = newFlow();
    await other.post("/api/session", { displayName: "Altra persona" });
    const someoneElse = (await me(other)).body;
    const taken = await other.signIn(LUCIA.id, { purpose: "link", returnTo: "/account" });
    expect(errorOf(taken)).toBe("gia-collegato");
    expect((await me(other)).body.id).toBe(someoneElse.id);
    expect((await other.get<OidcIdentitySummary[]>("/api/auth/oidc/identities")).body).toEqual([]);
  });
});
