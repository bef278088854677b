import path from "node:path";
import { test } from "@playwright/test";
import { newPerson, noteText, openNoteAs, presenceList, shareNote } from "./people.ts";
import { repoRoot } from "./server.ts";

const shots = path.join(repoRoot, "docs/screenshots");

test("home page", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Nome della nota").fill("tavolo-housing-pero");
  await page.getByLabel("Nome della nota").blur();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(shots, "home.png"), fullPage: true });
});

test("note page with two people present", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi – Comune di Pero");
  const marco = await newPerson(browser, "Marco Bianchi – Coop. Abitare");
  await giulia.page.setViewportSize({ width: 1280, height: 900 });
  const { room } = await shareNote(giulia, [marco]);

  await giulia.page.goto(`/nota/${room}`);
  await giulia.page.getByRole("dialog").waitFor();
  await giulia.page.evaluate(() => document.fonts.ready);
  await giulia.page.screenshot({ path: path.join(shots, "nome.png") });

  await openNoteAs(giulia, room, "Blu");
  await openNoteAs(marco, room, "Arancione");
  await noteText(giulia.page).fill(
    "Seduta del tavolo di co-progettazione – Agenzia dell'abitare\n\n" +
      "Presenti: Comune di Pero (RUP), Cooperativa Abitare, Associazione Casa Aperta.\n\n" +
      "1. Analisi dei bisogni: 40 nuclei in graduatoria, 12 in emergenza abitativa.\n" +
      "2. Risorse messe a disposizione: 6 alloggi comunali, un educatore a tempo pieno.\n",
  );
  await noteText(marco.page).press("Control+End");
  await noteText(marco.page).pressSequentially(
    "3. Prossima seduta: bozza del cronoprogramma (Cooperativa Abitare).",
  );
  await presenceList(giulia.page).getByText("Marco Bianchi").waitFor();
  await giulia.page.getByTestId("save-status").getByText("Salvato", { exact: true }).waitFor();
  await giulia.page.getByRole("heading", { level: 1 }).click();
  await giulia.page.waitForTimeout(500); // let the focus ring's fade-out transition end
  await giulia.page.evaluate(() => document.fonts.ready);
  await giulia.page.screenshot({ path: path.join(shots, "nota.png"), fullPage: true });

  await marco.page.getByTestId("save-status").getByText("Salvato", { exact: true }).waitFor();
  await marco.page.setViewportSize({ width: 390, height: 844 });
  await marco.page.evaluate(() => document.fonts.ready);
  await marco.page.screenshot({
    path: path.join(repoRoot, "test-results/nota-mobile.png"),
    fullPage: true,
  });
  await giulia.context.close();
  await marco.context.close();
});

test("a refused note", async ({ page }) => {
  await page.goto("/nota/nessuna-sessione");
  await page.getByRole("alert").waitFor();
  await page.screenshot({ path: path.join(repoRoot, "test-results/refused.png") });
});
