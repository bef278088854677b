import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { ownText, PROPOSAL, prepareTable, sectionParagraph, text } from "./documents-setup.ts";
import { newPerson, type Person } from "./people.ts";
import { shotPath } from "./shot-path.ts";

/** Opens the document, allowing for a machine busy with other runs. */
async function openDocument(person: Person, documentPath: string): Promise<void> {
  await person.page.goto(documentPath);
  await expect(text(person.page)).toBeVisible({ timeout: 60_000 });
}

const TITLE = "Analisi del contesto e dei bisogni";
const KEY = "analisi_contesto";
const matrix = (page: Page) => page.getByRole("region", { name: "Stato delle sezioni" });
const row = (page: Page) => matrix(page).getByTestId(`signoff-${KEY}`);
const action = (page: Page, name: string) =>
  matrix(page).getByRole("button", { name: `${name}: ${TITLE}` });

test("a partner signs a section off, the facilitator closes it (suggestions only) and reopens it", async ({
  browser,
}, testInfo) => {
  test.setTimeout(360_000);
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const documentPath = await table.document(PROPOSAL);

  // Giulia gives the first section to Marco's cooperative.
  await openDocument(giulia, documentPath);
  await giulia.page
    .getByLabel(`Ente che scrive la sezione «${TITLE}»`)
    .selectOption({ label: "Cooperativa sociale Il Ponte" });
  await expect(row(giulia.page)).toContainText("Cooperativa sociale Il Ponte");
  await expect(action(giulia.page, "Segna come pronta")).toHaveCount(0);

  // Marco writes it and signs it off from the side panel, by keyboard.
  await openDocument(marco, documentPath);
  await sectionParagraph(marco.page, KEY).click();
  await marco.page.keyboard.type("Nel quartiere vivono 420 famiglie in affitto.");
  await action(marco.page, "Segna come pronta").focus();
  await marco.page.keyboard.press("Enter");
  await expect(row(marco.page)).toContainText("Pronta");
  await expect(row(marco.page)).toContainText("Segnata pronta da Marco Bianchi");
  await expect(action(marco.page, "Ritira «pronta»")).toBeVisible();
  await expect(action(marco.page, "Chiudi sezione")).toHaveCount(0);

  // Giulia sees it ready and closes it.
  await giulia.page.bringToFront();
  await expect(row(giulia.page)).toContainText("Pronta", { timeout: 20_000 });
  await action(giulia.page, "Chiudi sezione").click();
  await expect(row(giulia.page)).toContainText("Chiusa");
  await expect(matrix(giulia.page).getByTestId("signoff-count")).toHaveText(
    "1 di 10 sezioni pronte o chiuse",
  );
  await giulia.page.evaluate(() => document.fonts.ready);
  await matrix(giulia.page).scrollIntoViewIfNeeded();
  await giulia.page.screenshot({ path: shotPath(testInfo, "documento-sezioni") });
  await expectNoSeriousA11yViolations(giulia.page, "the sign-off matrix with a closed section");

  // In the closed section Marco can only suggest, and he is told why.
  await marco.page.bringToFront();
  await expect(row(marco.page)).toContainText("Chiusa", { timeout: 20_000 });
  const paragraph = sectionParagraph(marco.page, KEY);
  await paragraph.click();
  await marco.page.keyboard.press("Home");
  await expect(marco.page.getByTestId("suggestion-forced")).toHaveText(
    "Obbligatoria: la sezione è chiusa, un facilitatore accetta i suggerimenti",
  );
  await expectNoSeriousA11yViolations(marco.page, "the document with a closed section");

  // His suggestion at the start of the text (its first letter the same as the text's) reaches
  // Giulia, who accepts it.
  await marco.page.keyboard.type("Nota: ");
  const inserted = giulia.page.locator("ins.suggestion-insertion");
  await expect(inserted).toHaveText("Nota: ", { timeout: 20_000 });
  await expect(inserted).toHaveAttribute("title", /^Marco Bianchi · /);
  await giulia.page
    .getByRole("region", { name: /^Suggerimenti/ })
    .getByTestId("suggestion")
    .getByRole("button", { name: "Accetta" })
    .click();
  for (const person of [giulia, marco]) {
    await expect(person.page.locator("ins.suggestion-insertion")).toHaveCount(0);
    await expect
      .poll(() => ownText(sectionParagraph(person.page, KEY)))
      .toBe("Nota: Nel quartiere vivono 420 famiglie in affitto.");
  }

  // Giulia reopens it: Marco writes again.
  await giulia.page.bringToFront();
  await action(giulia.page, "Riapri").click();
  await expect(row(giulia.page)).toContainText("In scrittura");
  await marco.page.bringToFront();
  await expect(row(marco.page)).toContainText("In scrittura", { timeout: 20_000 });
  await paragraph.click();
  await marco.page.keyboard.press("End");
  await expect(marco.page.getByTestId("suggestion-forced")).toHaveCount(0);
  await marco.page.keyboard.type(" Fonte: Istat.");
  await expect.poll(() => ownText(paragraph)).toContain("Fonte: Istat.");
  await expect(paragraph.locator("ins.suggestion-insertion")).toHaveCount(0);
  await giulia.context.close();
  await marco.context.close();
});
