import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import type { Organisation } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import {
  json,
  ownText,
  PROPOSAL,
  prepareTable,
  sectionParagraph,
  text,
} from "./documents-setup.ts";
import { newPerson } from "./people.ts";
import { repoRoot } from "./server.ts";

const suggestions = (page: Page) => page.getByRole("region", { name: /^Suggerimenti/ });
const SECTION = "obiettivi";
const WORDS = "Ridurre i tempi di attesa.";

test("a suggestion made by one partner in another's section is accepted by the section's owner", async ({
  browser,
}) => {
  // Three people with the editor open, on a machine shared with other runs.
  test.setTimeout(300_000);
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const sara = await newPerson(browser, "Sara Neri");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  // A second cooperative, whose referente is Sara.
  const base = `/api/procedures/${table.procedureId}`;
  const girasole = await json<Organisation>(
    await giulia.context.request.post(`${base}/organisations`, {
      data: {
        name: "Cooperativa Il Girasole",
        type: "cooperativa_sociale",
        fiscalCode: "09876543210",
      },
    }),
  );
  const invitation = await json<{ token: string }>(
    await giulia.context.request.post(`${base}/invitations`, {
      data: { role: "referente", organisationId: girasole.id },
    }),
  );
  await json(
    await sara.context.request.post(`/api/invitations/${invitation.token}/accept`, {
      data: { displayName: sara.name },
    }),
  );
  const documentPath = await table.document(PROPOSAL);
  for (const person of [giulia, marco, sara]) {
    await person.page.goto(documentPath);
    await expect(text(person.page)).toBeVisible({ timeout: 60_000 });
  }

  // Giulia gives "Obiettivi" to Marco's cooperative.
  await giulia.page
    .getByLabel("Ente che scrive la sezione «Obiettivi generali e specifici»")
    .selectOption({ label: "Cooperativa sociale Il Ponte" });

  // In Marco's section, Sara can only suggest: the mode is on and fixed there.
  await sectionParagraph(sara.page, SECTION).click();
  const toggle = sara.page.getByRole("button", { name: "Modalità suggerimento" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(toggle).toBeDisabled();
  await sara.page.keyboard.type(WORDS);
  const inserted = marco.page.locator("ins.suggestion-insertion");
  await expect(inserted).toHaveText(WORDS);
  await expect(inserted).toHaveAttribute("title", /^Sara Neri · /);

  // Sara sees her suggestion listed but may not accept it; Marco may.
  const forSara = suggestions(sara.page).getByTestId("suggestion");
  await expect(forSara).toContainText(WORDS);
  await expect(forSara.getByRole("button", { name: "Accetta" })).toHaveCount(0);
  const forMarco = suggestions(marco.page).getByTestId("suggestion");
  await expect(forMarco).toContainText("Sara Neri · Cooperativa Il Girasole");
  await expectNoSeriousA11yViolations(marco.page, "the suggestions panel");
  await sectionParagraph(marco.page, SECTION).scrollIntoViewIfNeeded();
  await suggestions(marco.page).scrollIntoViewIfNeeded();
  await marco.page.screenshot({
    path: path.join(repoRoot, "docs/screenshots/documents-suggestions.png"),
  });
  await sara.page.screenshot({ path: path.join(repoRoot, "test-results/suggestions-sara.png") });
  await forMarco.getByRole("button", { name: "Accetta" }).click();

  // Accepted: plain text of the section for everyone, no suggestion left.
  for (const person of [marco, sara, giulia]) {
    await expect(person.page.locator("ins.suggestion-insertion")).toHaveCount(0);
    await expect.poll(() => ownText(sectionParagraph(person.page, SECTION))).toBe(WORDS);
    await expect(suggestions(person.page)).toContainText("Nessun suggerimento in attesa.");
  }
});
