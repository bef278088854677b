import { expect, test } from "@playwright/test";
import type { CanonicalDocument, DocumentVersion } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { COOPERATIVE, workshopTable } from "./board-workshop-setup.ts";
import { json, openDocument, PROPOSAL, sectionParagraph, text } from "./documents-setup.ts";
import { shotPath } from "./shot-path.ts";

test("the facilitator inserts a board's cluster into the proposal, and the partner reads it with attribution", async ({
  browser,
  baseURL,
}, testInfo) => {
  const { giulia, marco, table, board } = await workshopTable(browser, baseURL ?? "");
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);

  // Giulia puts the cursor in the needs analysis and opens "Inserisci dalla lavagna".
  await sectionParagraph(giulia.page, "analisi_contesto").click();
  await giulia.page.getByRole("button", { name: "Inserisci dalla lavagna" }).click();
  const dialog = giulia.page.getByRole("dialog", { name: "Inserisci dalla lavagna" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Lavagna")).toHaveValue(board.id);
  await expect(dialog.getByRole("radio", { name: "Gruppo «Casa» · 2 note" })).toBeChecked();
  const preview = dialog.getByRole("region", { name: "Anteprima di ciò che verrà inserito" });
  await expect(preview).toContainText("Dalla lavagna «Bisogni del quartiere», gruppo «Casa»:");
  await expect(preview.getByRole("listitem")).toHaveText([
    `Alloggi sfitti in centro (${COOPERATIVE})`,
    "Mappare gli immobili comunali (Giulia Rossi)",
  ]);
  await expectNoSeriousA11yViolations(giulia.page, "the insert-from-board dialog");
  await giulia.page.screenshot({ path: shotPath(testInfo, "documento-lavagna-dialogo") });

  await dialog.getByRole("button", { name: "Inserisci nel testo" }).click();
  await expect(dialog).toBeHidden();
  await expect(text(giulia.page)).toBeFocused();

  // Marco, in his own browser, reads the list with the attribution.
  for (const page of [giulia.page, marco.page]) {
    await expect(text(page)).toContainText("Dalla lavagna «Bisogni del quartiere», gruppo «Casa»:");
    // Starts with: the other person's caret (and name) may sit at the end of an item.
    await expect(text(page).getByRole("listitem")).toHaveText([
      /^Alloggi sfitti in centro \(Cooperativa sociale Il Ponte\)/,
      /^Mappare gli immobili comunali \(Giulia Rossi\)/,
    ]);
  }
  await expectNoSeriousA11yViolations(marco.page, "the proposal with a list from a board");
  await marco.page.getByText("Mappare gli immobili comunali").scrollIntoViewIfNeeded();
  await marco.page.screenshot({ path: shotPath(testInfo, "documento-dalla-lavagna") });

  // The freeze keeps the cluster, with its attribution, as the board has it.
  const documentId = path.split("/").at(-1) ?? "";
  const version = await json<DocumentVersion>(
    await giulia.context.request.post(`/api/rooms/${documentId}/versions`, {
      data: { label: "Con i materiali del laboratorio" },
    }),
  );
  const frozen = (JSON.parse(version.canonical) as CanonicalDocument).boardOutputs ?? [];
  expect(frozen.map((output) => [output.boardTitle, output.heading])).toEqual([
    ["Bisogni del quartiere", "Casa"],
  ]);
  expect(frozen[0]?.extract?.items.map((item) => item.organisationName ?? item.authorName)).toEqual(
    [COOPERATIVE, "Giulia Rossi"],
  );
});

test("the dialog works from the keyboard, Escape inserts nothing, and one undo takes the list back out", async ({
  browser,
  baseURL,
}) => {
  const { giulia, table } = await workshopTable(browser, baseURL ?? "");
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  const page = giulia.page;
  await sectionParagraph(page, "obiettivi").click();
  await page.getByRole("button", { name: "Inserisci dalla lavagna" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Inserisci dalla lavagna" });
  await expect(dialog.getByLabel("Lavagna")).toBeFocused();
  await expect(dialog.getByRole("radio", { name: "Gruppo «Casa» · 2 note" })).toBeChecked();
  const insert = dialog.getByRole("button", { name: "Inserisci nel testo" });
  // Focus order: the board, the chosen output, then the insert button.
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("radio", { name: "Gruppo «Casa» · 2 note" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(insert).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(text(page)).toBeFocused();
  await expect(text(page).getByRole("listitem")).toHaveCount(2);

  await page.keyboard.press("ControlOrMeta+z");
  await expect(text(page).getByRole("listitem")).toHaveCount(0);
  await expect(text(page)).not.toContainText("Dalla lavagna");

  // Escape closes the dialog without inserting anything.
  await page.getByRole("button", { name: "Inserisci dalla lavagna" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(text(page).getByRole("listitem")).toHaveCount(0);
});
