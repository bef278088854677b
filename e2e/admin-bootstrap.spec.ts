import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { createProcedure, newPerson, signIn } from "./people.ts";
import { repoRoot } from "./server.ts";

interface FreshServer {
  url: string;
  /** The first-start administrator link the server printed in its log. */
  bootstrapUrl: string;
  child: ChildProcess;
  dataDir: string;
}

/** `npm start` on an empty DATA_DIR, no configuration: waits for the printed administrator link. */
async function startFreshServer(): Promise<FreshServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "tavolo-e2e-bootstrap-"));
  const child = spawn(process.execPath, ["--enable-source-maps", "server/dist/main.js"], {
    cwd: repoRoot,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const bootstrapUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const entry = JSON.parse(line) as { bootstrapUrl?: string };
      if (entry.bootstrapUrl) resolve(entry.bootstrapUrl);
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before its link`)));
  });
  return { url: new URL(bootstrapUrl).origin, bootstrapUrl, child, dataDir };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(repoRoot, "test-results", `identity-${name}.png`),
    fullPage: true,
  });
}

test("on a fresh installation the administrator signs in with the logged link and creates the demo", async ({
  page,
}) => {
  // A second server to start, and axe on three screens.
  test.slow();
  const server = await startFreshServer();
  try {
    await page.goto(`${server.url}/`);
    await expect(
      page.getByText(
        "Prima installazione: trovi il link di accesso dell'amministratore nel registro del server.",
      ),
    ).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Nome e cognome" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, "the home page of a fresh installation");
    await shot(page, "home-first-start");

    await page.goto(server.bootstrapUrl);
    await expect(
      page.getByRole("heading", { level: 1, name: "Accedi come amministratore" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, "the first-start sign-in page");
    await page.getByRole("button", { name: "Accedi" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Sei entrato come Amministratore." }),
    ).toBeVisible();
    await expect(
      page.getByRole("main").getByRole("link", { name: "Aggiungi una passkey" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Vai all'amministrazione" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Amministrazione dell'installazione" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, "the administration page");
    await shot(page, "admin");
    await page.getByRole("button", { name: "Crea la procedura di esempio" }).click();
    await expect(page).toHaveURL(/\/procedure\/[A-Za-z0-9_-]+$/);

    // The link was spent: a second visit cannot use it.
    const other = await page.context().browser()?.newContext();
    const again = await other?.newPage();
    if (!other || !again) throw new Error("no second context");
    await again.goto(server.bootstrapUrl);
    await expect(
      again.getByRole("heading", { name: "Questo link non si può più usare" }),
    ).toBeVisible();
    await other.close();
  } finally {
    server.child.kill("SIGKILL");
    rmSync(server.dataDir, { recursive: true, force: true });
  }
});

test("a facilitator gives a member a sign-in link, used once on another device", async ({
  browser,
}) => {
  // Three people, axe twice and the activity log: long on a loaded 2-core machine.
  test.slow();
  const giulia = await newPerson(browser, "Giulia Rossi");
  const luca = await newPerson(browser, "Luca Neri");
  const device = await newPerson(browser, "Luca Neri");
  await signIn(giulia);
  const procedure = await createProcedure(giulia, "Agenzia dell'abitare");
  const invitation = await giulia.context.request.post(
    `/api/procedures/${procedure.id}/invitations`,
    { data: { role: "redattore" } },
  );
  const { token } = (await invitation.json()) as { token: string };
  await luca.context.request.post(`/api/invitations/${token}/accept`, {
    data: { displayName: "Luca Neri" },
  });

  await giulia.page.goto(`/procedure/${procedure.id}/persone`);
  await giulia.page.getByRole("button", { name: "Link di accesso Luca Neri" }).click();
  const field = giulia.page.getByRole("textbox", { name: "Link di accesso per Luca Neri" });
  await expect(field).toHaveValue(/\/accesso\/[A-Za-z0-9_-]{43}$/);
  await expectNoSeriousA11yViolations(giulia.page, "the people page with a sign-in link");
  await shot(giulia.page, "persone-link-accesso");
  const link = await field.inputValue();

  await device.page.goto(link);
  await expect(
    device.page.getByRole("heading", { level: 1, name: "Accedi come Luca Neri" }),
  ).toBeVisible();
  await device.page.getByRole("button", { name: "Accedi" }).click();
  await expect(
    device.page.getByRole("heading", { level: 1, name: "Sei entrato come Luca Neri." }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(device.page, "signed in with a link");
  await shot(device.page, "accesso-fatto");
  await device.page.getByRole("link", { name: "Vai alle mie procedure" }).click();
  await expect(device.page.getByRole("link", { name: "Agenzia dell'abitare" })).toBeVisible();

  await luca.page.goto(link);
  await expect(
    luca.page.getByRole("heading", { name: "Questo link non si può più usare" }),
  ).toBeVisible();
  await expect(luca.page.getByText("Il link è già stato usato")).toBeVisible();

  await giulia.page.goto(`/procedure/${procedure.id}/registro`);
  await expect(giulia.page.getByRole("main")).toContainText("è entrato con un link di accesso");
  await expect(giulia.page.getByRole("main")).toContainText(
    "ha creato un link di accesso per Luca Neri",
  );
  for (const person of [giulia, luca, device]) await person.context.close();
});

test("a person creates a token for a script, sees it once, and revokes it", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  await signIn(giulia);
  const { page } = giulia;
  await page.goto("/");
  await page.getByRole("link", { name: "Token per gli script" }).click();
  await page.getByRole("textbox", { name: "Nome del token" }).fill("Esportazione notturna");
  await page.getByRole("button", { name: "Crea il token" }).click();
  const secret = page.getByRole("textbox", { name: "Token «Esportazione notturna» creato" });
  await expect(secret).toHaveValue(/^tvl_/);
  const token = await secret.inputValue();
  const table = page.getByRole("table", { name: "1 token attivo" });
  await expect(table.getByRole("rowheader", { name: "Esportazione notturna" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the API tokens page");
  await shot(page, "token");

  const script = await page.request.get("/api/session", {
    headers: { authorization: `Bearer ${token}`, cookie: "" },
  });
  expect(await script.json()).toMatchObject({ displayName: "Giulia Rossi" });
  await table.getByRole("button", { name: "Revoca" }).click();
  await page.getByRole("button", { name: "Sì, revoca" }).click();
  await expect(page.getByText("Token «Esportazione notturna» revocato.")).toBeVisible();
  await expect(page.getByText("Nessun token attivo.")).toBeVisible();
  const revoked = await page.request.get("/api/session", {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(revoked.status()).toBe(401);
  await giulia.context.close();
});
