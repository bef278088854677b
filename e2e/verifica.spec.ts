import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { newPerson } from "./people.ts";
import { agreedPdf } from "./verifica-setup.ts";

test("anyone without a session verifies an exported PDF, and learns an unknown hash is not recognised", async ({
  browser,
}) => {
  const host = await newPerson(browser, "Giulia Rossi");
  const lead = await newPerson(browser, "Marco Bianchi");
  const { version, pdf } = await agreedPdf(host.context.request, lead.context.request);

  // Someone who received the file by e-mail: a fresh browser, never signed in.
  const stranger = await browser.newContext({ locale: "it-IT" });
  const page = await stranger.newPage();
  await page.goto("/verifica");
  await expect(
    page.getByRole("heading", { level: 1, name: "Verifica un documento" }),
  ).toBeVisible();
  await page.getByLabel("File da verificare").setInputFiles({
    name: "proposta-progettuale-v1.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  const result = page.getByTestId("verify-result");
  await expect(result.getByRole("heading")).toHaveText(/Documento riconosciuto: versione 1/);
  await expect(result).toContainText("Agenzia dell'abitare");
  await expect(result).toContainText("Comune di Pero");
  await expect(result).toContainText("1 — Testo per la firma");
  await expect(result).toContainText(version.hash);
  await expect(result).toContainText("Cooperativa La Rete");
  await expect(result.getByText("Testo concordato").locator("+ dd")).toHaveText("Sì");
  await expectNoSeriousA11yViolations(page, "the public verification page with a result");

  await page.getByLabel("Impronta SHA-256").fill("ab".repeat(32));
  await page.getByRole("button", { name: "Verifica", exact: true }).click();
  await expect(result.getByRole("heading")).toHaveText("Documento non riconosciuto");
  await expect(result).toContainText("non è riconosciuto");

  // The address printed on the export opens the page with the impronta, checked at once.
  await page.goto(`/verifica?h=${version.hash}`);
  await expect(result.getByRole("heading")).toHaveText(/Impronta riconosciuta: versione 1/);
  await stranger.close();
});

/** The running server's data folder (e2e/server.ts: one per port, named in the environment). */
function dataDir(): string {
  const dir = process.env[`TAVOLO_E2E_DATA_DIR_${process.env.E2E_PORT ?? 3901}`];
  if (!dir) throw new Error("the e2e server's data folder is not in the environment");
  return dir;
}

test("a version whose stored text was altered is shown damaged, never as the testo concordato", async ({
  browser,
}) => {
  const host = await newPerson(browser, "Giulia Rossi");
  const lead = await newPerson(browser, "Marco Bianchi");
  const { version, versionsPath, pdf } = await agreedPdf(
    host.context.request,
    lead.context.request,
  );
  await host.page.goto(versionsPath);
  await expect(host.page.getByTestId("agreed-badge")).toHaveText("Testo concordato");

  const file = path.join(dataDir(), "versions", `${version.id}.canonical.json`);
  await writeFile(file, (await readFile(file, "utf8")).replace("}", ', "importo": 650000}'));
  await host.page.reload();
  const row = host.page.getByTestId("version-1");
  await expect(row.getByTestId("damaged-badge")).toContainText("Versione danneggiata");
  await expect(host.page.getByTestId("agreed-badge")).toHaveCount(0);
  const again = await host.context.request.get(`/api/versions/${version.id}/export?format=pdf`);
  expect(again.status()).toBe(409);

  // The PDF exported while it was intact names this very version: now damaged.
  await host.page.goto("/verifica");
  await host.page.getByLabel("File da verificare").setInputFiles({
    name: "proposta-progettuale-v1.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await expect(host.page.getByTestId("verify-result").getByRole("heading")).toHaveText(
    /Versione danneggiata/,
  );
});
