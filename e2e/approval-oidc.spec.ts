import { expect, test } from "@playwright/test";
import type { VerificationReport } from "@tavolo/shared";
import { startTestServer, type TestServer } from "../server/test/helpers/in-process-server.ts";
import { CALLBACK_PATH } from "../server/test/helpers/oidc-flow.ts";
import {
  LUCIA,
  startOidcProvider,
  type TestOidcProvider,
} from "../server/test/helpers/oidc-provider.ts";
import { oidcReferente } from "../server/test/helpers/oidc-referente.ts";
import { expectNoSeriousA11yViolations } from "./axe.ts";

// This spec starts its own server, configured for OIDC, beside the real provider it signs in at.
let provider: TestOidcProvider;
let server: TestServer;

test.beforeAll(async () => {
  provider = await startOidcProvider();
  server = await startTestServer(provider.env);
  provider.allowRedirect(`${server.url}${CALLBACK_PATH}`);
});
test.afterAll(async () => {
  await server.close();
  await provider.close();
});

test("an OIDC-only referente asks for changes by signing in again at the IdP", async ({
  browser,
}) => {
  const { workspace, flow, version, versionsPage } = await oidcReferente(server.url, LUCIA.id);
  const context = await browser.newContext({ locale: "it-IT" });
  const session = flow.browser.cookie(server.url, "tavolo_session") ?? "";
  const domain = new URL(server.url).hostname;
  await context.addCookies([{ name: "tavolo_session", value: session, domain, path: "/" }]);
  const page = await context.newPage();
  await page.goto(`${server.url}${versionsPage}`);

  await page.getByRole("button", { name: "Chiedi modifiche" }).click();
  await page.getByLabel("Quali modifiche chiedete").fill("Manca il budget del secondo anno");
  await page.getByRole("button", { name: "Invia la richiesta di modifiche" }).click();
  // At the provider: the person types their credentials again.
  await page.waitForURL((url) => url.href.startsWith(provider.issuer));
  await page.getByLabel("Nome utente").fill(LUCIA.id);
  await page.getByRole("button", { name: "Accedi" }).click();

  const confirm = page.getByRole("region", { name: "Conferma la tua risposta" });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(version.hash);
  await expect(confirm).toContainText("APS Quartieri Vivi");
  await expect(confirm).toContainText("Ha chiesto modifiche — «Manca il budget del secondo anno»");
  await expectNoSeriousA11yViolations(page, "the confirmation after re-authenticating");
  await confirm.getByRole("button", { name: "Conferma e invia la risposta" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Risposta confermata");
  expect(new URL(page.url()).searchParams.has("oidcProof")).toBe(false);
  await expect(page.getByTestId("approval-tally")).toContainText("firma valida");

  const report = await workspace.api.ok<VerificationReport>(
    "GET",
    `/api/procedures/${workspace.procedure.id}/versions/verify`,
  );
  expect(report.signatures[version.id]).toEqual([
    expect.objectContaining({ method: "oidc", acr: LUCIA.acr, status: "valid" }),
  ]);
  await context.close();
});
