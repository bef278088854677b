import { expect, test } from "@playwright/test";
import {
  type BoardOutputsResponse,
  type CanonicalDocument,
  type DocumentVersion,
  updateNote,
} from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { openBoardAs } from "./board-script.ts";
import { workshopTable } from "./board-workshop-setup.ts";
import { json, openDocument, PROPOSAL, sectionParagraph, text } from "./documents-setup.ts";
import { shotPath } from "./shot-path.ts";

const CHANGED = "Le note della lavagna sono cambiate dopo l'inserimento";
const EDITED = "Alloggi sfitti in centro e in periferia";

test("a list quoted from a board is flagged when the board's notes change, and one click brings it up to date", async ({
  browser,
  baseURL,
}, testInfo) => {
  // The polling interval is 30 s: the flag may take that long to appear.
  test.setTimeout(120_000);
  const origin = baseURL ?? "";
  const { giulia, marco, table, board } = await workshopTable(browser, origin);
  const documentPath = await table.document(PROPOSAL);
  await openDocument(giulia, documentPath);
  const page = giulia.page;

  // Giulia quotes the group «Casa» in the needs analysis: nothing is flagged.
  await sectionParagraph(page, "analisi_contesto").click();
  await page.getByRole("button", { name: "Inserisci dalla lavagna" }).click();
  const dialog = page.getByRole("dialog", { name: "Inserisci dalla lavagna" });
  await dialog.getByRole("button", { name: "Inserisci nel testo" }).click();
  await expect(dialog).toBeHidden();
  const items = text(page).getByRole("listitem");
  await expect(items).toHaveText([/^Alloggi sfitti in centro \(/, /^Mappare gli immobili/]);
  const flag = page.getByRole("group", { name: CHANGED });
  await expect(flag).toHaveCount(0);

  // Marco, on the board in his own browser, rewrites his note of that group.
  const marcoBoard = await openBoardAs(marco, origin, board.id);
  updateNote(marcoBoard.doc, "n-marco", { text: EDITED });
  const outputsPath = `/api/procedures/${table.procedureId}/boards/${board.id}/outputs`;
  await expect
    .poll(async () => {
      const outputs = await json<BoardOutputsResponse>(
        await giulia.context.request.get(outputsPath),
      );
      return outputs.outputs.flatMap((output) => output.items.map((item) => item.text));
    })
    .toContain(EDITED);
  marcoBoard.close();

  // Giulia's editor reads the board again and flags the list, with a real button.
  await expect(flag).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole("status").filter({ hasText: "non corrisponde più" })).toHaveText(
    "Un elenco preso da una lavagna non corrisponde più alle sue note.",
  );
  const refresh = flag.getByRole("button", { name: "Aggiorna dalla lavagna" });
  await expect(refresh).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the proposal with a flagged board quote");
  // The flag and the whole list under it in view.
  await items.last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: shotPath(testInfo, "documento-lavagna-cambiata") });

  // One click: the list says what the board says, the flag goes.
  await refresh.click();
  await expect(items).toHaveText([
    /^Alloggi sfitti in centro e in periferia \(Cooperativa sociale Il Ponte\)/,
    /^Mappare gli immobili comunali \(Giulia Rossi\)/,
  ]);
  await expect(flag).toHaveCount(0);

  // It was one edit: one undo brings the old list (and its flag) back; redo the update.
  await text(page).focus();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(items.first()).toHaveText(/^Alloggi sfitti in centro \(/);
  await expect(flag).toBeVisible();
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await expect(items.first()).toHaveText(/^Alloggi sfitti in centro e in periferia \(/);
  await expect(flag).toHaveCount(0);

  // The reference was kept: the freeze re-reads the same group, and text and annex agree.
  const documentId = documentPath.split("/").at(-1) ?? "";
  const version = await json<DocumentVersion>(
    await giulia.context.request.post(`/api/rooms/${documentId}/versions`, {
      data: { label: "Con le note aggiornate" },
    }),
  );
  const frozen = (JSON.parse(version.canonical) as CanonicalDocument).boardOutputs ?? [];
  expect(frozen.map((output) => output.heading)).toEqual(["Casa"]);
  expect(frozen[0]?.extract?.items.map((item) => item.text)).toEqual([
    EDITED,
    "Mappare gli immobili comunali",
  ]);
});
