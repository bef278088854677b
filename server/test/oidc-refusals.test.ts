import type { Invitation } from "@tavolo/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { CookieBrowser } from "./helpers/oidc-browser.ts";
import { CALLBACK_PATH, errorOf, OidcFlow, startTavoloWithProvider } from "./helpers/oidc-flow.ts";
import { MARIO } from "./helpers/oidc-provider.ts";
import { Workspace } from "./helpers/workspace.ts";

let setup: Awaited<ReturnType<typeof startTavoloWithProvider>>;
let server: TestServer;

beforeAll(async () => {
  setup = await startTavoloWithProvider();
  ({ server } = setup);
  // Mario has an account: every refusal below is of a person who could otherwise sign in.
  const workspace = await Workspace.create(server.url);
  const invited = await workspace.api.ok<Invitation>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/invitations`,
    { role: "redattore" },
  );
  await newFlow().signIn(MARIO.id, { invitation: invited.token });
});
afterAll(() => setup.close());

const newFlow = () => setup.newFlow();
const signedIn = async (flow: OidcFlow) => (await flow.get("/api/session")).status === 200;
const withParam = (url: URL, name: string, value: string) => {
  const changed = new URL(url);
  changed.searchParams.set(name, value);
  return changed;
};

describe("an OpenID Connect callback is refused", () => {
  it("when its state is not the one the transaction holds, and the transaction is then spent", async () => {
    const flow = newFlow();
    const callback = await flow.toCallback(await flow.start({}), MARIO.id);
    const forged = withParam(callback, "state", "not-the-state-tavolo-sent");
    expect(errorOf(await flow.land(forged))).toBe("non-valida");
    expect(await signedIn(flow)).toBe(false);
    expect(errorOf(await flow.land(callback))).toBe("sessione-scaduta");
    expect(await signedIn(flow)).toBe(false);
  });

  it("when the ID token carries another nonce than the transaction's", async () => {
    const flow = newFlow();
    const authorization = withParam(await flow.start({}), "nonce", "a-nonce-tavolo-never-made");
    expect(errorOf(await flow.logIn(authorization, MARIO.id))).toBe("non-valida");
    expect(await signedIn(flow)).toBe(false);
  });

  it("when the ID token replays the nonce of an earlier sign-in", async () => {
    const first = newFlow();
    const earlier = await first.start({});
    expect(errorOf(await first.logIn(earlier, MARIO.id))).toBeNull();
    const flow = newFlow();
    const nonce = earlier.searchParams.get("nonce") ?? "";
    const replaying = withParam(await flow.start({}), "nonce", nonce);
    expect(errorOf(await flow.logIn(replaying, MARIO.id))).toBe("non-valida");
    expect(await signedIn(flow)).toBe(false);
  });

  it("when a completed transaction's callback is replayed with its cookie", async () => {
    const flow = newFlow();
    const callback = await flow.toCallback(await flow.start({}), MARIO.id);
    const cookie = flow.browser.cookie(server.url, "tavolo_oidc") ?? "";
    expect(errorOf(await flow.land(callback))).toBeNull();
    expect(await signedIn(flow)).toBe(true);

    const replayer = newFlow();
    replayer.browser.setCookie(server.url, "tavolo_oidc", cookie);
    expect(errorOf(await replayer.land(callback))).toBe("sessione-scaduta");
    expect(await signedIn(replayer)).toBe(false);
  });

  it("when it arrives without the transaction cookie of the browser that started it", async () => {
    const flow = newFlow();
    const callback = await flow.toCallback(await flow.start({}), MARIO.id);
    expect(errorOf(await newFlow().land(callback))).toBe("sessione-scaduta");
  });

  it("when the person cancelled at the provider", async () => {
    const flow = newFlow();
    await flow.start({});
    const cancelled = new URL(`${server.url}${CALLBACK_PATH}?error=access_denied`);
    expect(errorOf(await flow.land(cancelled))).toBe("annullato");
  });
});

describe("starting a round trip", () => {
  it("refuses a return path that leaves the site", async () => {
    for (const returnTo of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      const answer = await newFlow().post<{ error: string }>("/api/auth/oidc/start", { returnTo });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/^returnTo: /);
    }
  });

  it("links only for a signed-in person", async () => {
    const answer = await newFlow().post("/api/auth/oidc/start", { purpose: "link" });
    expect(answer.status).toBe(401);
  });
});

describe("without OIDC_ISSUER", () => {
  it("says it is off and answers no OIDC route", async () => {
    const plain = await startTestServer();
    try {
      const flow = new OidcFlow(new CookieBrowser(), plain.url);
      expect((await flow.get("/api/auth/oidc")).body).toEqual({ enabled: false, label: null });
      expect((await flow.post("/api/auth/oidc/start", {})).status).toBe(404);
      expect((await flow.get(CALLBACK_PATH)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
