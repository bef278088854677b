import path from "node:path";
import { type Browser, expect, type TestInfo, test } from "@playwright/test";
import {
  addNote,
  type CanonicalDocument,
  createCluster,
  type DocumentVersion,
  readClusters,
  readNotes,
  type WorkspaceRoom,
} from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { openBoardAs } from "./board-script.ts";
import {
  json,
  openDocument,
  PROPOSAL,
  prepareTable,
  sectionParagraph,
  text,
} from "./documents-setup.ts";
import { newPerson, personId } from "./people.ts";
import { repoRoot } from "./server.ts";

const COOPERATIVE = "Cooperativa sociale Il Ponte";

/** Screenshots go to test-results, or to docs/screenshots when TAVOLO_SCREENSHOTS is set. */
function shotPath(testInfo: TestInfo, name: string): string {
  return process.env.TAVOLO_SCREENSHOTS
    ? path.join(repoRoot, "docs/screenshots", `${name}.png`)
    : testInfo.outputPath(`${name}.png`);
}

/**
 * A table (Giulia facilitates, Marco is the cooperative's referente) with a board where Marco
 * wrote for his cooperative, Giulia for nobody, and Giulia grouped both notes as «Casa».
 */
async function workshopTable(browser: Browser, origin: string) {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const board = await json<WorkspaceRoom>(
    await giulia.context.request.post(`/api/procedures/${table.procedureId}/rooms`, {
      data: { kind: "lavagna", title: "Bisogni del quartiere" },
    }),
  );

  // The workshop: Marco writes for his cooperative, Giulia for nobody, Giulia groups them.
  const marcoBoard = await openBoardAs(marco, origin, board.id);
  const giuliaBoard = await openBoardAs(giulia, origin, board.id);
  const marcoAuthor = {
    personId: await personId(marco),
    displayName: "Marco Bianchi",
    organisationId: table.organisationId,
  };
  const giuliaAuthor = {
    personId: await personId(giulia),
    displayName: "Giulia Rossi",
    organisationId: null,
  };
  addNote(marcoBoard.doc, { text: "Alloggi sfitti in centro", x: 0, y: 0 }, marcoAuthor, {
    newId: () => "n-marco",
  });
  addNote(giuliaBoard.doc, { text: "Mappare gli immobili comunali", x: 260, y: 0 }, giuliaAuthor, {
    newId: () => "n-giulia",
  });
  await expect.poll(() => readNotes(giuliaBoard.doc).length).toBe(2);
  createCluster(giuliaBoard.doc, {
    name: "Casa",
    noteIds: ["n-marco", "n-giulia"],
    createdBy: giuliaAuthor.personId,
  });
  await expect.poll(() => readClusters(marcoBoard.doc).length).toBe(1);
  marcoBoard.close();
  giuliaBoard.close();

  return { giulia, marco, table, board };
}

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
