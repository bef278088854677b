import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import type { Organisation, Procedure, WorkspaceRoom } from "@tavolo/shared";
import { strFromU8, unzipSync } from "fflate";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { newPerson, type Person } from "./people.ts";

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

/**
 * Through the API: `host` starts a procedure with two partner organisations and a proposal,
 * and each lead joins as the referente of one of them. Returns the versions page's path.
 */
async function prepare(host: Person, leads: readonly [Person, string][]): Promise<string> {
  const api = host.context.request;
  await json(await api.post("/api/session", { data: { displayName: host.name } }));
  const procedure = await json<Procedure>(
    await api.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const base = `/api/procedures/${procedure.id}`;
  for (const [person, name] of leads) {
    const organisation = await json<Organisation>(
      await api.post(`${base}/organisations`, {
        data: { name, type: "cooperativa_sociale", fiscalCode: "01234567890" },
      }),
    );
    const invitation = await json<{ token: string }>(
      await api.post(`${base}/invitations`, {
        data: { role: "referente", organisationId: organisation.id },
      }),
    );
    await json(
      await person.context.request.post(`/api/invitations/${invitation.token}/accept`, {
        data: { displayName: person.name },
      }),
    );
  }
  const room = await json<WorkspaceRoom>(
    await api.post(`${base}/rooms`, {
      data: { kind: "documento", title: "Proposta progettuale", templateId: "proposta-art55" },
    }),
  );
  return `/procedure/${procedure.id}/documento/${room.id}/versioni`;
}

async function approve(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole("button", { name: "Approva questa versione" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Risposta registrata." })).toBeVisible();
}

async function downloadBytes(page: Page, linkName: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  return readFile(await download.path());
}

const SECTIONS = ["Analisi del contesto e dei bisogni", "Cronoprogramma", "Piano economico"];

test("a facilitator freezes, both partners approve, the version is agreed and downloads carry its hash", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const luca = await newPerson(browser, "Luca Gallo");
  const path = await prepare(giulia, [
    [marco, "Cooperativa sociale Il Ponte"],
    [luca, "Cooperativa sociale La Rete"],
  ]);

  const page = giulia.page;
  await page.goto(path.replace(/\/versioni$/, ""));
  await page.getByRole("link", { name: "Versioni ed export" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByTestId("draft-status")).toHaveText("Nessuna versione congelata finora.");
  await page.getByLabel("Nome della versione").fill("Testo per l'approvazione");
  await expect(page.getByLabel(/Apri il giro di approvazione/)).toBeChecked();
  // The new proposal's sections are still empty: the facilitator says why the round opens.
  await page
    .getByLabel(/Motivazione per aprire il giro/)
    .fill("Il tavolo approva l'impianto prima di scrivere le sezioni");
  await page.getByRole("button", { name: "Congela la versione" }).click();
  const row = page.getByTestId("version-1");
  await expect(row).toContainText("Testo per l'approvazione");
  await expect(row).toContainText("Approvazione in corso");
  const hash = (await row.locator("code").getAttribute("data-hash")) ?? "";
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId("approval-tally")).toContainText("Non ha ancora risposto");
  await expectNoSeriousA11yViolations(page, "the versions page with an open round");

  await approve(marco.page, path);
  await approve(luca.page, path);

  await page.reload();
  await expect(page.getByTestId("agreed-badge")).toHaveText("Testo concordato");
  await expect(row).toContainText("Approvata da tutti");

  const pdf = await downloadBytes(page, "PDF della versione 1");
  const pdfText = execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString();
  const docx = unzipSync(new Uint8Array(await downloadBytes(page, "DOCX della versione 1")));
  const docxText = strFromU8(docx["word/document.xml"] ?? new Uint8Array()).replace(/<[^>]+>/g, "");
  for (const text of [pdfText, docxText]) {
    for (const section of SECTIONS) expect(text).toContain(section);
    expect(text).toContain(hash);
    expect(text).toContain("approvato da Marco Bianchi");
  }

  await page.getByRole("button", { name: "Confronta" }).click();
  await expect(page.getByTestId("compare-result")).toHaveText("Nessuna differenza nel testo.");
  await page.getByRole("button", { name: "Ripristina la versione 1 nella bozza" }).click();
  await page.getByRole("button", { name: "Sì, ripristina" }).click();
  await expect(page.getByText("La bozza ha di nuovo il testo della versione 1.")).toBeVisible();
  await expect(page.getByTestId("draft-status")).toHaveText("La bozza coincide con la versione 1.");
  await page.goto(path.replace(/\/documento\/.*$/, "/verifica"));
  await expect(page.getByTestId("chain-status")).toHaveText("Tutte le versioni sono integre (1).");
  await expectNoSeriousA11yViolations(page, "the verification page");
  for (const person of [giulia, marco, luca]) await person.context.close();
});
