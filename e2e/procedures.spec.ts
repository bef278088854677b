import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { newPerson, shareNote } from "./people.ts";

/** The tabs of a procedure's home. */
function section(page: Page, name: string) {
  return page.getByRole("navigation", { name: "Sezioni della procedura" }).getByRole("link", {
    name,
  });
}

async function startSession(page: Page, name: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Nome e cognome" }).fill(name);
  await page.getByRole("button", { name: "Inizia" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le mie procedure");
}

/** The names of the partner cards on the "Enti partner" page, in order. */
async function partnerNames(page: Page): Promise<string[]> {
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  return cards.getByRole("heading", { level: 3 }).allInnerTexts();
}

test("a facilitator creates a procedure, adds a cooperative and invites its referente, who joins from the link", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const rita = await newPerson(browser, "Rita Galli");
  const { page } = elena;

  await startSession(page, "Elena Moro");
  await page.getByRole("link", { name: "Crea una procedura" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Nuova procedura di co-progettazione",
  );
  await expect(page.getByRole("textbox", { name: "Base giuridica" })).toHaveValue(
    "art. 55 D.Lgs. 117/2017",
  );
  await expectNoSeriousA11yViolations(page, "the new procedure form");
  await page.getByRole("textbox", { name: "Titolo" }).fill("Agenzia dell'abitare");
  await page.getByRole("textbox", { name: "Amministrazione procedente" }).fill("Comune di Pero");
  await page.getByRole("textbox", { name: "Linea di finanziamento" }).fill("PNRR M5C2 1.3.2");
  await page.getByRole("button", { name: "Crea la procedura" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenzia dell'abitare");
  await expect(page.getByRole("status").filter({ hasText: "Procedura creata." })).toBeVisible();
  await expect(page.getByText("PNRR M5C2 1.3.2")).toBeVisible();
  const procedureUrl = page.url();
  await expectNoSeriousA11yViolations(page, "a new procedure's home");

  await section(page, "Enti partner").click();
  await page.getByRole("button", { name: "Aggiungi un ente" }).click();
  await expect(page.getByRole("textbox", { name: "Denominazione" })).toBeFocused();
  await page.getByRole("textbox", { name: "Denominazione" }).fill("Cooperativa sociale La Cordata");
  await page.getByRole("textbox", { name: "Codice fiscale" }).fill("01234567890");
  await page.getByRole("radio", { name: "Capofila" }).check();
  await page.getByRole("button", { name: "Aggiungi una risorsa" }).click();
  await expect(page.getByRole("combobox", { name: "Tipo", exact: true })).toBeFocused();
  await page.getByRole("textbox", { name: "Descrizione" }).fill("Quota in denaro");
  await page.getByRole("textbox", { name: "Valore in euro" }).fill("15.000");
  await page.getByRole("button", { name: "Aggiungi l'ente" }).click();

  const card = page.getByRole("article", { name: /Cooperativa sociale La Cordata/ });
  await expect(card.getByRole("heading", { level: 3 })).toBeFocused();
  await expect(card.getByRole("table")).toContainText("Quota in denaro");
  await expect(card.getByRole("table")).toContainText("15.000,00 €");
  await expectNoSeriousA11yViolations(page, "the partners page");

  await section(page, "Persone").click();
  await page.getByRole("combobox", { name: "Ruolo" }).selectOption({ label: "Referente" });
  await page
    .getByRole("combobox", { name: "Ente per cui agisce" })
    .selectOption({ label: "Cooperativa sociale La Cordata" });
  await page.getByRole("button", { name: "Crea il link d'invito" }).click();
  await expect(page.getByRole("heading", { name: "Link d'invito pronto" })).toBeFocused();
  const link = await page.getByRole("textbox", { name: "Link d'invito" }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invito\/[\w-]+$/);
  await expectNoSeriousA11yViolations(page, "the people page with a new invitation");

  await rita.page.goto(link);
  await expect(rita.page.getByRole("heading", { level: 1 })).toHaveText("Agenzia dell'abitare");
  await expect(rita.page.getByRole("main")).toContainText("Comune di Pero ti invita");
  await expect(rita.page.getByRole("main")).toContainText("Cooperativa sociale La Cordata");
  await expectNoSeriousA11yViolations(rita.page, "the invitation page");
  await rita.page.getByRole("textbox", { name: "Nome e cognome" }).fill("Rita Galli");
  await rita.page.getByRole("button", { name: "Accetta l'invito" }).click();

  await expect(rita.page).toHaveURL(procedureUrl);
  await expect(rita.page.getByText("Ti diamo il benvenuto al tavolo")).toBeVisible();
  await expect(rita.page.getByRole("banner")).toContainText("Rita Galli");
  await section(rita.page, "Enti partner").click();
  await section(page, "Enti partner").click();
  expect(await partnerNames(rita.page)).toEqual(await partnerNames(page));
  await expect(
    rita.page.getByRole("button", { name: "Modifica Cooperativa sociale La Cordata" }),
  ).toBeVisible();
  await expect(rita.page.getByRole("button", { name: "Aggiungi un ente" })).toHaveCount(0);
  await expect(rita.page.getByRole("button", { name: "Rimuovi l'ente" })).toHaveCount(0);

  await section(page, "Persone").click();
  await expect(page.getByRole("heading", { name: "Persone della procedura" })).toBeVisible();
  await page.reload();
  const people = page.getByRole("table", { name: /persone/ });
  await expect(people.getByRole("row", { name: /Rita Galli/ })).toContainText("Referente");
  await expect(people.getByRole("row", { name: /Rita Galli/ })).toContainText(
    "Cooperativa sociale La Cordata",
  );
  await elena.context.close();
  await rita.context.close();
});

test("a new installation offers the demo procedure, which opens in one click", async ({
  browser,
}) => {
  const { page, context } = await newPerson(browser, "Giulia Rossi");
  await startSession(page, "Giulia Rossi");
  await page.getByRole("button", { name: "Crea la procedura di esempio" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Centro servizi per il contrasto alla povertà",
  );
  await expect(page.getByRole("main")).toContainText("PNRR M5C2 1.3.2");
  const current = page
    .getByRole("list", { name: "Fasi della procedura" })
    .locator('[aria-current="step"]');
  await expect(current).toContainText("Tavolo di co-progettazione");
  await expect(page.getByRole("region", { name: "Enti partner" })).toContainText(
    "Cooperativa sociale Giotto",
  );
  await expect(page.getByRole("region", { name: "Prossimi incontri" })).toContainText(
    "Primo incontro del tavolo",
  );
  await expectNoSeriousA11yViolations(page, "the demo procedure's home");

  await page.getByRole("link", { name: "Appunti condivisi del tavolo" }).click();
  await expect(page.getByRole("textbox", { name: "Testo della nota" })).toBeEditable();
  await page.goBack();
  const newNote = page.getByRole("button", { name: "Nuova nota" });
  await newNote.click();
  await expect(newNote).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("textbox", { name: "Titolo della nuova nota" }).fill("Mappa dei bisogni");
  await page.getByRole("button", { name: "Crea la nota" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mappa dei bisogni");
  await expect(page.getByRole("textbox", { name: "Testo della nota" })).toBeEditable();
  const breadcrumb = page.getByRole("navigation", { name: "Percorso" });
  await breadcrumb
    .getByRole("link", { name: "Centro servizi per il contrasto alla povertà" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Centro servizi per il contrasto alla povertà",
  );

  await page
    .getByRole("navigation", { name: "Percorso" })
    .getByRole("link", { name: "Le mie procedure" })
    .click();
  const item = page.getByRole("listitem").filter({ hasText: "Centro servizi per il contrasto" });
  await expect(item).toContainText("Tavolo di co-progettazione");
  await expect(item).toContainText("Facilitatore");
  await expect(page.getByText("Non partecipi ancora")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "the list of procedures");
  await context.close();
});

test("the facilitator corrects the procedure's details and the table sees them; an editor may not", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const marco = await newPerson(browser, "Marco Bianchi");
  const { procedureId } = await shareNote(elena, [marco]);
  const { page } = elena;
  await page.goto(`/procedure/${procedureId}`);
  await page.getByRole("link", { name: "Modifica i dati" }).click();
  await expect(page.getByRole("heading", { name: "Dati della procedura", level: 1 })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Titolo" })).toHaveValue("Agenzia dell'abitare");
  await page.getByRole("textbox", { name: "Titolo" }).fill("");
  const cup = page.getByRole("textbox", { name: "CUP (Codice Unico di Progetto)" });
  await cup.fill("J41H2200012");
  await page.getByRole("button", { name: "Salva i dati" }).click();
  await expect(page.getByRole("heading", { name: "Controlla questi campi" })).toBeVisible();
  await expect(page.getByText("Il CUP è fatto di 15 lettere e cifre").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the procedure details form with an error");

  await page.getByRole("textbox", { name: "Titolo" }).fill("Agenzia dell'abitare del Rhodense");
  await page.getByRole("textbox", { name: "Linea di finanziamento" }).fill("PNRR M5C2 1.3.1");
  await cup.fill("j41h22000120006");
  await page.getByRole("button", { name: "Salva i dati" }).click();
  await expect(page.getByText("Dati della procedura aggiornati.")).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Agenzia dell'abitare del Rhodense", level: 1 }),
  ).toBeVisible();

  await marco.page.goto(`/procedure/${procedureId}`);
  await expect(
    marco.page.getByRole("heading", { name: "Agenzia dell'abitare del Rhodense", level: 1 }),
  ).toBeVisible();
  await expect(marco.page.getByText("PNRR M5C2 1.3.1")).toBeVisible();
  await expect(marco.page.getByText("J41H22000120006")).toBeVisible();
  await expect(marco.page.getByRole("link", { name: "Modifica i dati" })).toHaveCount(0);
  await marco.page.goto(`/procedure/${procedureId}/dati`);
  await expect(
    marco.page.getByText("Solo i facilitatori possono modificare i dati della procedura."),
  ).toBeVisible();
  await elena.context.close();
  await marco.context.close();
});
