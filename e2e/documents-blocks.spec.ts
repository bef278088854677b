import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import {
  addCostItem,
  budget,
  gantt,
  json,
  openDocument,
  PROPOSAL,
  prepareTable,
  proposalForTwo,
  section,
  sectionParagraph,
  text,
} from "./documents-setup.ts";
import { newPerson, personId } from "./people.ts";
import { repoRoot } from "./server.ts";

test("a budget row added by one person updates the totals and shares for both", async ({
  browser,
}) => {
  const { giulia, marco } = await proposalForTwo(browser);

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
  await budget(giulia.page).getByRole("button", { name: "Aggiungi voce" }).click();
  await expect(budget(giulia.page).getByRole("alert").getByRole("listitem")).toHaveCount(2);
  await expectNoSeriousA11yViolations(giulia.page, "a document with a budget and a form error");
  await giulia.context.close();
  await marco.context.close();
});

test("an activity and its months in the cronoprogramma reach the other person", async ({
  browser,
}) => {
  const { giulia, marco } = await proposalForTwo(browser);

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

test("'Aggiorna dai partner' lists the procedure's organisations with their role and resources", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const table = await prepareTable(giulia, []);
  await openDocument(giulia, await table.document(PROPOSAL));
  const partners = giulia.page.getByRole("region", { name: "Enti del partenariato" });
  await expect(partners).toContainText("Nessun ente in tabella");
  await partners.getByRole("button", { name: "Aggiorna dai partner" }).click();
  await expect(partners.getByRole("status")).toHaveText("Aggiunto 1 ente.");
  const row = partners.getByRole("row", { name: /Cooperativa sociale Il Ponte/ });
  await expect(row.getByLabel("Ruolo di Cooperativa sociale Il Ponte")).toHaveValue("partner");
  await row
    .getByLabel("Attività di cui è responsabile Cooperativa sociale Il Ponte")
    .fill("Accoglienza e accompagnamento all'autonomia");
  await row.getByLabel("Attività di cui è responsabile Cooperativa sociale Il Ponte").blur();
  await partners.getByRole("button", { name: "Aggiorna dai partner" }).click();
  await expect(partners.getByRole("status")).toHaveText(
    "Tutti gli enti della procedura sono già in tabella.",
  );
  await giulia.page.reload();
  await expect(
    partners.getByLabel("Attività di cui è responsabile Cooperativa sociale Il Ponte"),
  ).toHaveValue("Accoglienza e accompagnamento all'autonomia");
  await expectNoSeriousA11yViolations(giulia.page, "a document with its partnership table");
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
