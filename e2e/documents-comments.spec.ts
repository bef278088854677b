import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import {
  openDocument,
  PROPOSAL,
  prepareTable,
  proposalForTwo,
  sectionParagraph,
  selectToLineStart,
} from "./documents-setup.ts";
import { newPerson } from "./people.ts";

const comments = (page: Page) => page.getByRole("region", { name: "Commenti" });
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A thread by the text it is about (its name is "Sul testo:" and the quote). */
const thread = (page: Page, quote: string, deleted = false) =>
  comments(page).getByRole("article", {
    name: new RegExp(`^Sul testo: ${deleted ? "testo eliminato ?" : ""}\\W?${escaped(quote)}`),
  });
const SENTENCE = "Ridurre i tempi di attesa per un alloggio.";

test("a comment thread opened by one person is answered and resolved by the other", async ({
  browser,
}) => {
  // Four accessibility checks of a page with two editors open take a while on a shared machine.
  test.setTimeout(90_000);
  const { giulia, marco } = await proposalForTwo(browser);

  // Giulia selects a sentence of "Obiettivi" and comments on it, mentioning Marco.
  await sectionParagraph(giulia.page, "obiettivi").click();
  await giulia.page.keyboard.type(SENTENCE);
  await selectToLineStart(giulia.page);
  await giulia.page.keyboard.press("Control+Alt+m");
  const composer = comments(giulia.page).getByRole("form", { name: "Nuovo commento" });
  const field = composer.getByLabel("Commento");
  await expect(field).toBeFocused();
  await field.pressSequentially("Serve un indicatore, @Mar");
  await expect(composer.getByRole("option", { name: "Marco Bianchi" })).toBeVisible();
  await field.press("Enter");
  await expect(field).toHaveValue("Serve un indicatore, @Marco Bianchi ");
  await field.pressSequentially("puoi aggiungerlo?");
  await expectNoSeriousA11yViolations(giulia.page, "the comment composer");
  await composer.getByRole("button", { name: "Commenta", exact: true }).click();
  await expect(thread(giulia.page, SENTENCE)).toBeFocused();
  await expect(giulia.page.locator(".tavolo-comment-mark")).toHaveText(SENTENCE);

  // Marco finds it among the comments that mention him, by section, with his name shown.
  await comments(marco.page).getByRole("radio", { name: "Menzioni per me (1)" }).check();
  const obiettivi = comments(marco.page).getByRole("region", {
    name: "Obiettivi generali e specifici",
  });
  const forMarco = thread(marco.page, SENTENCE);
  await expect(obiettivi).toContainText("Giulia Rossi");
  await expect(forMarco.locator(".tavolo-comment__mention")).toHaveText("@Marco Bianchi");
  await expectNoSeriousA11yViolations(marco.page, "the comments panel with a thread");

  // A click on the highlighted text shows the thread and leaves the caret in the text;
  // Ctrl+Alt+M there takes the keyboard to the thread.
  await marco.page.locator(".tavolo-comment-mark").click();
  await expect(forMarco).toHaveClass(/tavolo-comment--active/);
  await marco.page.keyboard.press("Control+Alt+m");
  await expect(forMarco).toBeFocused();

  await forMarco.getByLabel("Rispondi").fill("Fatto: 40 nuclei entro dodici mesi.");
  await forMarco.getByRole("button", { name: "Invia la risposta" }).click();
  await expect(forMarco).toContainText("Fatto: 40 nuclei entro dodici mesi.");
  await forMarco.getByRole("button", { name: "Risolvi" }).click();
  await expect(forMarco).toContainText("Risolta da Marco Bianchi");

  // Giulia sees it resolved: gone from the open threads and the text, listed as resolved.
  await expect(comments(giulia.page)).toContainText("Nessuna discussione aperta");
  await expect(giulia.page.locator(".tavolo-comment-mark")).toHaveCount(0);
  await comments(giulia.page).getByRole("radio", { name: "Risolti (1)" }).check();
  const resolved = thread(giulia.page, SENTENCE);
  await expect(resolved).toContainText("Fatto: 40 nuclei entro dodici mesi.");
  await expect(resolved).toContainText("Risolta da Marco Bianchi");
  await expect(resolved.getByRole("button", { name: "Riapri" })).toBeVisible();
  await expectNoSeriousA11yViolations(giulia.page, "the comments panel with a resolved thread");
  await giulia.context.close();
  await marco.context.close();
});

test("a thread follows its text as the other person edits, and says so when the text is deleted", async ({
  browser,
}) => {
  const { giulia, marco } = await proposalForTwo(browser);
  await sectionParagraph(giulia.page, "destinatari").click();
  await giulia.page.keyboard.type("Quaranta nuclei.");
  await selectToLineStart(giulia.page);
  await giulia.page.getByRole("button", { name: /^Commenta/ }).click();
  const composer = comments(giulia.page).getByRole("form", { name: "Nuovo commento" });
  await composer.getByLabel("Commento").fill("Da dove viene il numero?");
  await composer.getByRole("button", { name: "Commenta", exact: true }).click();
  await expect(thread(marco.page, "Quaranta nuclei.")).toBeVisible();

  // Marco types before the commented words: the highlight stays on them.
  await sectionParagraph(marco.page, "destinatari").click();
  await marco.page.keyboard.press("Home");
  await marco.page.keyboard.type("Circa ");
  await expect(giulia.page.locator(".tavolo-comment-mark")).toHaveText("Quaranta nuclei.");

  // Marco deletes the whole sentence: the thread remains, marked as deleted text.
  await marco.page.keyboard.press("End");
  await selectToLineStart(marco.page);
  await marco.page.keyboard.press("Delete");
  await expect(thread(giulia.page, "Quaranta nuclei.", true)).toBeVisible();
  await expect(giulia.page.locator(".tavolo-comment-mark")).toHaveCount(0);
  await giulia.context.close();
  await marco.context.close();
});

test("an observer reads the comments but cannot write, answer or resolve them", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const olga = await newPerson(browser, "Olga Verdi");
  const table = await prepareTable(giulia, [{ person: olga, role: "osservatore" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await sectionParagraph(giulia.page, "governance").click();
  await giulia.page.keyboard.type("Cabina di regia mensile.");
  await selectToLineStart(giulia.page);
  await giulia.page.getByRole("button", { name: /^Commenta/ }).click();
  const composer = comments(giulia.page).getByRole("form", { name: "Nuovo commento" });
  await composer.getByLabel("Commento").fill("Chi la convoca?");
  await composer.getByRole("button", { name: "Commenta", exact: true }).click();

  await openDocument(olga, path);
  const seen = thread(olga.page, "Cabina di regia mensile.");
  await expect(seen).toContainText("Chi la convoca?");
  await expect(seen.getByRole("button")).toHaveText(["Mostra nel testo"]);
  await expect(seen.getByLabel("Rispondi")).toHaveCount(0);
  await expect(olga.page.getByRole("toolbar", { name: "Formattazione del testo" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(olga.page, "the comments panel of an observer");
  await giulia.context.close();
  await olga.context.close();
});
