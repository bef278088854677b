import path from "node:path";
import { type APIResponse, expect, type Locator, type Page, test } from "@playwright/test";
import type { Organisation, Procedure, WorkspaceRoom } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { newPerson, type Person, personId } from "./people.ts";
import { repoRoot } from "./server.ts";

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

interface Table {
  procedureId: string;
  organisationId: string;
  /** Opens a new document of the procedure and returns its path. */
  document(body: Record<string, unknown>): Promise<string>;
}

/**
 * Through the API, as the app would: `host` starts a session and a procedure with a partner
 * cooperative, and each guest joins with `role` (the referente for the cooperative).
 */
async function prepareTable(
  host: Person,
  guests: readonly { person: Person; role: "referente" | "osservatore" }[],
): Promise<Table> {
  const api = host.context.request;
  await json(await api.post("/api/session", { data: { displayName: host.name } }));
  const procedure = await json<Procedure>(
    await api.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const base = `/api/procedures/${procedure.id}`;
  const organisation = await json<Organisation>(
    await api.post(`${base}/organisations`, {
      data: {
        name: "Cooperativa sociale Il Ponte",
        type: "cooperativa_sociale",
        fiscalCode: "01234567890",
      },
    }),
  );
  for (const { person, role } of guests) {
    const invitation = await json<{ token: string }>(
      await api.post(`${base}/invitations`, {
        data: { role, organisationId: role === "referente" ? organisation.id : null },
      }),
    );
    await json(
      await person.context.request.post(`/api/invitations/${invitation.token}/accept`, {
        data: { displayName: person.name },
      }),
    );
  }
  return {
    procedureId: procedure.id,
    organisationId: organisation.id,
    async document(body) {
      const room = await json<WorkspaceRoom>(
        await api.post(`${base}/rooms`, { data: { kind: "documento", ...body } }),
      );
      return `/procedure/${procedure.id}/documento/${room.id}`;
    },
  };
}

const PROPOSAL = {
  title: "Progetto definitivo",
  documentKey: "progetto-definitivo",
  templateId: "proposta-art55",
};

const text = (page: Page) => page.getByRole("textbox", { name: "Testo del documento" });

/** The first paragraph of a section's text (after its block, if it has one). */
const sectionParagraph = (page: Page, key: string): Locator =>
  page
    .locator(`.tavolo-doc__text > .node-sectionHeading:has([data-section-key="${key}"]) ~ p`)
    .first();

const section = (page: Page, key: string): Locator =>
  page.locator(`.tavolo-doc__text [data-section-key="${key}"]`);

/** A paragraph's own text, without the carets (and names) of others drawn inside it. */
function ownText(paragraph: Locator): Promise<string> {
  return paragraph.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const widget of copy.querySelectorAll(".ProseMirror-widget")) widget.remove();
    return copy.textContent ?? "";
  });
}

async function openDocument(person: Person, path: string): Promise<void> {
  await person.page.goto(path);
  await expect(text(person.page)).toBeVisible();
}

const budget = (page: Page) => page.getByRole("region", { name: "Piano economico" });
const gantt = (page: Page) => page.getByRole("region", { name: "Cronoprogramma delle attività" });

/** Fills the piano economico's "Nuova voce di costo" form and adds the item. */
async function addCostItem(
  page: Page,
  item: {
    description: string;
    category: string;
    financer: string;
    amount: string;
    inKind?: boolean;
  },
): Promise<void> {
  const form = budget(page).locator("form");
  await form.getByLabel("Nuova voce di costo").fill(item.description);
  await form.getByLabel("Categoria").selectOption({ label: item.category });
  await form.getByLabel("Finanziato da").selectOption({ label: item.financer });
  await form.getByLabel("Importo (€)").fill(item.amount);
  if (item.inKind) await form.getByLabel("In natura").check();
  await form.getByRole("button", { name: "Aggiungi voce" }).click();
  await expect(form.getByLabel("Nuova voce di costo")).toHaveValue("");
}

test("two people write in the same section at once and each reads the other's words", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);
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
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);

  await sectionParagraph(marco.page, "destinatari").click();
  await marco.page.keyboard.type("Quaranta nuclei.");
  await expect(sectionParagraph(giulia.page, "destinatari")).toHaveText(/^Quaranta nuclei\./);
  await sectionParagraph(giulia.page, "governance").click();
  await giulia.page.keyboard.type("Cabina di regia mensile.");
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

test("a budget row added by one person updates the totals and shares for both", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);

  await addCostItem(marco.page, {
    description: "Educatore professionale, 18 mesi",
    category: "Personale",
    financer: "Cooperativa sociale Il Ponte",
    amount: "24.000",
    inKind: true,
  });
  await expect(budget(giulia.page).getByTestId("budget-total")).toHaveText(/^24\.000,00\s€$/);
  await addCostItem(giulia.page, {
    description: "Adeguamento degli alloggi",
    category: "Lavori di adeguamento e ristrutturazione",
    financer: "PNRR",
    amount: "50.000,00",
  });
  for (const page of [giulia.page, marco.page]) {
    await expect(budget(page).getByTestId("budget-items").getByRole("row")).toHaveCount(3);
    await expect(budget(page).getByTestId("budget-total")).toHaveText(/^74\.000,00\s€$/);
    await expect(budget(page).getByTestId("budget-cofinancing")).toHaveText(
      /^Co-finanziamento degli enti partner: 24\.000,00\s€ \(32,43 % del costo totale\), di cui 24\.000,00\s€ in natura\.$/,
    );
  }
  await budget(marco.page)
    .getByLabel("Importo di «Educatore professionale, 18 mesi» in euro")
    .fill("26000");
  await budget(marco.page)
    .getByLabel("Importo di «Educatore professionale, 18 mesi» in euro")
    .press("Enter");
  await expect(budget(giulia.page).getByTestId("budget-total")).toHaveText(/^76\.000,00\s€$/);
  await expectNoSeriousA11yViolations(giulia.page, "a document with a budget");
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

test("a section the facilitator assigns to the cooperative is marked as its own, and can be shown alone", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);

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

test("an activity and its months in the cronoprogramma reach the other person", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);

  const form = gantt(marco.page).locator("form");
  await form.getByLabel("Nuova attività").fill("Accoglienza e orientamento");
  await form.getByLabel("Dal mese", { exact: true }).fill("9");
  await form.getByLabel("Al mese", { exact: true }).fill("3");
  await form.getByRole("button", { name: "Aggiungi attività" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Il mese finale non può precedere quello iniziale.",
  );
  await form.getByLabel("Dal mese", { exact: true }).fill("1");
  await form.getByRole("button", { name: "Aggiungi attività" }).click();

  const month = (page: Page, label: string) =>
    gantt(page).getByRole("button", {
      name: `Accoglienza e orientamento, ${label}`,
      exact: true,
    });
  await expect(month(giulia.page, "M2")).toHaveAttribute("aria-pressed", "true");
  await expect(month(giulia.page, "M4")).toHaveAttribute("aria-pressed", "false");
  await month(giulia.page, "M4").click();
  await expect(month(marco.page, "M4")).toHaveAttribute("aria-pressed", "true");
  await expectNoSeriousA11yViolations(marco.page, "a document with a cronoprogramma");
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

test("the facilitator starts the verbale of a session from the procedure home, already filled in", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  await json(
    await giulia.context.request.post(`/api/procedures/${table.procedureId}/meetings`, {
      data: {
        title: "Seconda seduta del tavolo",
        date: "2026-03-03T16:30:00.000Z",
        place: "Sala consiliare",
        agenda: "1. Analisi dei bisogni\n2. Risorse dei partner",
        attendance: [
          { personId: await personId(giulia), organisationId: null },
          { personId: await personId(marco), organisationId: table.organisationId },
        ],
      },
    }),
  );
  const { page } = giulia;
  await page.goto(`/procedure/${table.procedureId}`);
  await page.getByRole("button", { name: "Nuovo documento" }).click();
  const form = page.getByRole("form", { name: "Nuovo documento" });
  await form.getByLabel("Verbale di seduta del tavolo").check();
  await form.getByLabel("Titolo del documento").fill("Verbale della seconda seduta");
  await form
    .getByLabel("Seduta", { exact: true })
    .selectOption({ label: "Seconda seduta del tavolo" });
  await expectNoSeriousA11yViolations(page, "the procedure home with the new document form");
  await form.getByRole("button", { name: "Crea il documento" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Verbale della seconda seduta",
  );
  await expect(sectionParagraph(page, "presenti")).toHaveText(
    "Cooperativa sociale Il Ponte: Marco Bianchi",
  );
  await expect(text(page)).toContainText("Data e ora: martedì 3 marzo 2026, ore 17:30");
  await expect(sectionParagraph(page, "ordine_del_giorno")).toHaveText("1. Analisi dei bisogni");
  await giulia.context.close();
  await marco.context.close();
});

/**
 * The partner's view of a proposal being written with the facilitator, limited to the
 * partner's sections: text from both, the facilitator's caret, a filled budget. Saved in
 * test-results, or as docs/screenshots/documento.png when TAVOLO_SCREENSHOTS is set.
 */
test("a partner's sections of a proposal with a filled budget, written with the facilitator", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi – Comune di Pero");
  const marco = await newPerson(browser, "Marco Bianchi – Coop. Il Ponte");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const docPath = await table.document(PROPOSAL);
  for (const person of [giulia, marco])
    await person.page.setViewportSize({ width: 1280, height: 900 });
  await openDocument(giulia, docPath);
  await openDocument(marco, docPath);
  for (const key of ["Analisi del contesto e dei bisogni", "Piano economico e co-finanziamento"]) {
    await giulia.page
      .getByLabel(`Ente che scrive la sezione «${key}»`)
      .selectOption({ label: "Cooperativa sociale Il Ponte" });
  }
  await sectionParagraph(giulia.page, "analisi_contesto").click();
  await giulia.page.keyboard.insertText(
    "Nel distretto di Pero 40 nuclei familiari sono in graduatoria per un alloggio pubblico e 12 vivono in emergenza abitativa (servizi sociali, 2025).",
  );
  await giulia.page.keyboard.press("Enter");
  await giulia.page.keyboard.insertText(
    "Mancano soluzioni ponte tra l'accoglienza e l'autonomia abitativa.",
  );
  await sectionParagraph(marco.page, "piano_economico").click();
  await marco.page.keyboard.insertText(
    "Il co-finanziamento in natura valorizza le ore dell'educatore della cooperativa, già in servizio negli alloggi di via Verdi.",
  );
  await addCostItem(marco.page, {
    description: "Educatore professionale, 18 mesi",
    category: "Personale",
    financer: "Cooperativa sociale Il Ponte",
    amount: "24.000",
    inKind: true,
  });
  await addCostItem(giulia.page, {
    description: "Adeguamento degli alloggi",
    category: "Lavori di adeguamento e ristrutturazione",
    financer: "PNRR",
    amount: "50.000",
  });
  await addCostItem(giulia.page, {
    description: "Coordinamento e segreteria del tavolo",
    category: "Spese generali e di coordinamento",
    financer: "Comune (risorse proprie)",
    amount: "8.500",
  });
  await expect(budget(marco.page).getByTestId("budget-total")).toHaveText(/^82\.500,00\s€$/);
  await giulia.page.locator(".tavolo-doc__text p", { hasText: "Mancano" }).click();
  await marco.page.getByLabel("Le mie sezioni").check();
  await expect(section(marco.page, "obiettivi")).toBeHidden();
  await expect(marco.page.getByTestId("save-status")).toHaveText("Salvato");
  await marco.page.locator("h1").click();
  await marco.page.evaluate(() => document.fonts.ready);
  const shot = process.env.TAVOLO_SCREENSHOTS
    ? path.join(repoRoot, "docs/screenshots/documento.png")
    : path.join(repoRoot, "test-results/documento.png");
  await marco.page.screenshot({ path: shot, fullPage: true });
  await giulia.context.close();
  await marco.context.close();
});
