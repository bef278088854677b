import { rm } from "node:fs/promises";
import { type APIRequestContext, expect, type Page, request, test } from "@playwright/test";
import {
  LUCIA,
  MARIO,
  startOidcProvider,
  type TestOidcProvider,
} from "../server/test/helpers/oidc-provider.ts";
import {
  type ServerProcess,
  spawnServer,
  tempDataDir,
} from "../server/test/helpers/server-process.ts";
import { expectNoSeriousA11yViolations } from "./axe.ts";

// Its own Tavolo (the built client, OIDC configured) and a real OpenID Connect provider, both
// on loopback ports: the suite's shared server runs without OIDC.
let provider: TestOidcProvider;
let app: ServerProcess;
let facilitator: APIRequestContext;
let procedure: { id: string; title: string };

test.beforeAll(async () => {
  provider = await startOidcProvider();
  app = await spawnServer({ dataDir: await tempDataDir(), env: provider.env });
  provider.allowRedirect(`${app.url}/api/auth/oidc/callback`);
  facilitator = await request.newContext({ baseURL: app.url });
  await facilitator.post("/api/session", { data: { displayName: "Giulia Facilitatrice" } });
  const created = await facilitator.post("/api/procedures", {
    data: { title: "Housing sociale Mentana", amministrazione: "Comune di Mentana" },
  });
  procedure = (await created.json()) as { id: string; title: string };
});

test.afterAll(async () => {
  await facilitator?.dispose();
  app?.child.kill("SIGTERM");
  await app?.exited;
  if (app) await rm(app.dataDir, { recursive: true, force: true });
  await provider?.close();
});

/** Types `account` on the in-test provider's login page. */
async function logInAtProvider(page: Page, account: string) {
  await expect(page.getByRole("heading", { name: "Fornitore di identità di prova" })).toBeVisible();
  await page.getByLabel("Nome utente").fill(account);
  await page.getByRole("button", { name: "Accedi" }).click();
}

test("an invited person joins with the organisation's identity, then signs in with it on a new device", async ({
  browser,
}) => {
  const invitation = await facilitator.post(`/api/procedures/${procedure.id}/invitations`, {
    data: { role: "redattore", organisationId: null },
  });
  const { token } = (await invitation.json()) as { token: string };
  // Two browsers, two round trips through the provider and three axe runs.
  test.slow();

  const first = await browser.newContext({ locale: "it-IT" });
  const page = await first.newPage();
  await page.goto(`${app.url}/invito/${token}`);
  const accept = page.getByRole("button", { name: "Accetta con l'account dell'ente" });
  await expect(accept).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the invitation with the organisation-account button");
  await accept.click();
  await logInAtProvider(page, MARIO.id);
  await expect(page).toHaveURL(`${app.url}/procedure/${procedure.id}`);
  await expect(page.getByRole("heading", { level: 1, name: procedure.title })).toBeVisible();
  await first.close();

  // A new device: the home page's button, no invitation, the same person.
  const second = await browser.newContext({ locale: "it-IT" });
  const other = await second.newPage();
  await other.goto(`${app.url}/`);
  const signIn = other.getByRole("button", { name: "Accedi con SPID/CIE" });
  await expect(signIn).toBeVisible();
  await expectNoSeriousA11yViolations(other, "the home page with the SPID/CIE button");
  await other.screenshot({ path: "test-results/oidc-home.png", fullPage: true });
  await signIn.click();
  await logInAtProvider(other, MARIO.id);
  await expect(other.getByRole("heading", { level: 1, name: "Le mie procedure" })).toBeVisible();
  await expect(other.getByRole("link", { name: procedure.title })).toBeVisible();
  // The linked identity is listed in "Il mio account".
  await other.getByRole("link", { name: "Il mio account" }).click();
  const card = other.getByRole("region", { name: "Account dell'ente" });
  await expect(card).toContainText(MARIO.email);
  await expect(card).toContainText("SpidL2");
  await expectNoSeriousA11yViolations(other, "the home page with the linked identity");
  await other.screenshot({ path: "test-results/oidc-linked.png", fullPage: true });
  await second.close();
});

test("an identity with no account is told so in Italian, and nobody is signed in", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await page.goto(`${app.url}/`);
  await page.getByRole("button", { name: "Accedi con SPID/CIE" }).click();
  await logInAtProvider(page, LUCIA.id);
  await expect(page).toHaveURL(/\/accesso\/oidc\?errore=nessun-account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Accesso non riuscito" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(
    "Nessun account collegato a questa identità",
  );
  await expectNoSeriousA11yViolations(page, "the no-linked-account page");
  await page.screenshot({ path: "test-results/oidc-no-account.png", fullPage: true });
  await page.getByRole("link", { name: "Torna alla pagina iniziale" }).click();
  await expect(page.getByRole("heading", { name: "Come ti chiami?" })).toBeVisible();
  await context.close();
});
