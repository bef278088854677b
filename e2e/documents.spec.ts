import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import {
  budget,
  openDocument,
  ownText,
  PROPOSAL,
  prepareTable,
  proposalForTwo,
  section,
  sectionParagraph,
  text,
} from "./documents-setup.ts";
import { newPerson } from "./people.ts";

test("two people write in the same section at once and each reads the other's words", async ({
  browser,
}) => {
  const { giulia, marco } = await proposalForTwo(browser);
  await expect(giulia.page.getByTestId("presence-list")).toContainText("Marco Bianchi");
  await expectNoSeriousA11yViolations(giulia.page, "the document page of a facilitator");

  await sectionParagraph(giulia.page, "obiettivi").click();
  await sectionParagraph(marco.page, "obiettivi").click();
  await Promise.all([
    giulia.page.keyboard.type("Ridurre i tempi di attesa.", { delay: 15 }),
    marco.page.keyboard.type("Aumentare gli alloggi.", { delay: 15 }),
  ]);
  for (const page of [giulia.page, marco.page]) {
    const paragraph = sectionParagraph(page, "obiettivi");
    await expect(paragraph).toContainText("Ridurre i tempi di attesa.");
    await expect(paragraph).toContainText("Aumentare gli alloggi.");
    await expect(section(page, "obiettivi").getByTestId("section-count")).toHaveText(
      "48 / 3.000 caratteri",
    );
  }
  await expect(giulia.page.getByTestId("save-status")).toHaveText("Salvato");
  await expectNoSeriousA11yViolations(marco.page, "the document page of a partner");
  await giulia.context.close();
  await marco.context.close();
});

test("undo takes back my own typing and leaves the other person's words", async ({ browser }) => {
  const { giulia, marco } = await proposalForTwo(browser);

  await sectionParagraph(marco.page, "destinatari").click();
  await marco.page.keyboard.type("Quaranta nuclei.");
  await expect(sectionParagraph(giulia.page, "destinatari")).toHaveText(/^Quaranta nuclei\./);
  await sectionParagraph(giulia.page, "governance").click();
  // One input, so it is one undo step however slowly a loaded machine types it.
  await giulia.page.keyboard.insertText("Cabina di regia mensile.");
  await expect(sectionParagraph(marco.page, "governance")).toHaveText(/^Cabina di regia mensile\./);

  await giulia.page.getByRole("button", { name: /^Annulla la tua ultima modifica/ }).click();
  await expect.poll(() => ownText(sectionParagraph(marco.page, "governance"))).toBe("");
  expect(await ownText(sectionParagraph(giulia.page, "destinatari"))).toBe("Quaranta nuclei.");
  await giulia.page.keyboard.press("Control+Shift+z");
  await expect
    .poll(() => ownText(sectionParagraph(marco.page, "governance")))
    .toBe("Cabina di regia mensile.");
  await giulia.context.close();
  await marco.context.close();
});

test("a section's count shows its limit and turns red past it", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const table = await prepareTable(giulia, []);
  await openDocument(giulia, await table.document(PROPOSAL));
  const count = section(giulia.page, "cronoprogramma").getByTestId("section-count");
  await expect(count).toHaveText("0 / 1.500 caratteri");
  await expect(section(giulia.page, "analisi_contesto").getByTestId("section-count")).toHaveText(
    "0 / 5.000 caratteri",
  );

  await sectionParagraph(giulia.page, "cronoprogramma").click();
  await giulia.page.keyboard.insertText("a".repeat(1500));
  await expect(count).toHaveText("1.500 / 1.500 caratteri");
  await expect(count).not.toHaveClass(/tavolo-doc-count--over/);
  await giulia.page.keyboard.insertText("b");
  await expect(count).toHaveText("1.501 / 1.500 caratteri1 oltre il limite");
  await expect(count).toHaveClass(/tavolo-doc-count--over/);
  await giulia.context.close();
});

test("sections and their titles stay in place whatever is selected and deleted", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const table = await prepareTable(giulia, []);
  await openDocument(giulia, await table.document(PROPOSAL));
  const headings = text(giulia.page).getByRole("heading", { level: 2 });
  await expect(headings).toHaveCount(10);

  await sectionParagraph(giulia.page, "obiettivi").click();
  await giulia.page.keyboard.type("Obiettivo generale.");
  await giulia.page.keyboard.press("Control+a");
  await giulia.page.keyboard.press("Backspace");
  await expect(headings).toHaveCount(10);
  await section(giulia.page, "destinatari").getByRole("heading").click();
  await giulia.page.keyboard.type("XYZ");
  await expect(headings.nth(2)).toHaveText("Destinatari");
  await expect(sectionParagraph(giulia.page, "obiettivi")).toHaveText("Obiettivo generale.");
  await giulia.context.close();
});

test("the toolbar and its shortcuts format the text: bold, heading, list, link and table", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const table = await prepareTable(giulia, []);
  await openDocument(giulia, await table.document(PROPOSAL));
  const { page } = giulia;
  const editor = text(page);
  await sectionParagraph(page, "azioni").click();
  await page.keyboard.press("Control+b");
  await page.keyboard.type("Azione 1");
  await page.keyboard.press("Control+b");
  await expect(sectionParagraph(page, "azioni").locator("strong")).toHaveText("Azione 1");
  await expect(page.getByRole("button", { name: "Grassetto (Ctrl+B)" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /^Elenco puntato/ }).click();
  await page.keyboard.type("Sportello di ascolto");
  await expect(editor.locator(":scope > ul li")).toHaveText("Sportello di ascolto");

  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Control+k");
  await page.getByLabel("Indirizzo del link").fill("www.comune.pero.mi.it");
  await page.getByRole("button", { name: "Applica" }).click();
  await expect(editor.locator(":scope > ul a")).toHaveAttribute(
    "href",
    "https://www.comune.pero.mi.it",
  );

  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Inserisci una tabella" }).click();
  await expect(editor.locator(":scope > .tableWrapper tr")).toHaveCount(3);
  await page.getByRole("button", { name: "Aggiungi una riga sotto" }).click();
  await expect(editor.locator(":scope > .tableWrapper tr")).toHaveCount(4);
  await expectNoSeriousA11yViolations(page, "a document with a list, a link and a table");
  await giulia.context.close();
});

test("a section the facilitator assigns to the cooperative is marked as its own, and can be shown alone", async ({
  browser,
}) => {
  const { giulia, marco } = await proposalForTwo(browser);

  await giulia.page
    .getByLabel("Ente che scrive la sezione «Obiettivi generali e specifici»")
    .selectOption({ label: "Cooperativa sociale Il Ponte" });
  const assignee = section(marco.page, "obiettivi").getByTestId("section-assignee");
  await expect(assignee).toHaveText("Scrive: Cooperativa sociale Il PonteLa tua sezione");
  await expect(section(marco.page, "analisi_contesto").getByTestId("section-assignee")).toHaveText(
    "Nessun ente assegnato",
  );

  await marco.page.getByLabel("Le mie sezioni").check();
  await expect(section(marco.page, "analisi_contesto")).toBeHidden();
  await expect(section(marco.page, "obiettivi")).toBeVisible();
  await expect(section(giulia.page, "analisi_contesto")).toBeVisible();
  await marco.page.getByLabel("Le mie sezioni").uncheck();
  await expect(section(marco.page, "analisi_contesto")).toBeVisible();
  await giulia.context.close();
  await marco.context.close();
});

test("an observer reads the document with a notice, without toolbar and without writing", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const olga = await newPerson(browser, "Olga Sala");
  const table = await prepareTable(giulia, [{ person: olga, role: "osservatore" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await sectionParagraph(giulia.page, "destinatari").click();
  await giulia.page.keyboard.type("Quaranta nuclei familiari.");

  await openDocument(olga, path);
  await expect(olga.page.getByText("nella procedura hai il ruolo di osservatore")).toBeVisible();
  // The paragraph also holds Giulia's caret, with her name.
  await expect(sectionParagraph(olga.page, "destinatari")).toHaveText(
    /^Quaranta nuclei familiari\./,
  );
  await expect(text(olga.page)).toHaveAttribute("contenteditable", "false");
  await expect(olga.page.getByRole("toolbar")).toHaveCount(0);
  await expect(budget(olga.page).getByRole("button", { name: "Aggiungi voce" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(olga.page, "the document page of an observer");
  await giulia.context.close();
  await olga.context.close();
});

test("text pasted from Word keeps its bold and lists and loses Word's styles and fake bullets", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const table = await prepareTable(giulia, []);
  await openDocument(giulia, await table.document(PROPOSAL));
  await sectionParagraph(giulia.page, "analisi_contesto").click();
  await text(giulia.page).evaluate((editor) => {
    const html =
      "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->" +
      "<p class=MsoNormal style='margin-bottom:6.0pt;mso-add-space:auto'><b><span style='font-family:\"Calibri\",sans-serif;color:#1F3864;mso-themecolor:accent1'>Bisogni abitativi</span></b> nel distretto<o:p></o:p></p>" +
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>40 nuclei in graduatoria<o:p></o:p></p>" +
      "<ul><li><p>6 alloggi comunali</p></li></ul>";
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "Bisogni abitativi nel distretto");
    editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  });
  const pasted = text(giulia.page);
  await expect(pasted.locator("strong", { hasText: "Bisogni abitativi" })).toBeVisible();
  await expect(pasted.locator("ul li", { hasText: "6 alloggi comunali" })).toBeVisible();
  await expect(pasted.locator("p", { hasText: /^40 nuclei in graduatoria$/ })).toBeVisible();
  const html = await pasted.innerHTML();
  expect(html).not.toMatch(/mso-|MsoNormal|Calibri|Symbol|·/);
  await giulia.context.close();
});
