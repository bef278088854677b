import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { json } from "./documents-setup.ts";
import { newPerson, personId, shareNote } from "./people.ts";

test("a facilitator schedules a session with who attends and the linked note, and the table sees it", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const marco = await newPerson(browser, "Marco Bianchi");
  const { procedureId } = await shareNote(elena, [marco]);
  const { page } = elena;
  await page.goto(`/procedure/${procedureId}/incontri`);
  await expect(page.getByText("Nessun incontro ancora.")).toBeVisible();

  await page.getByRole("button", { name: "Programma un incontro" }).click();
  await expect(page.getByRole("textbox", { name: "Titolo" })).toBeFocused();
  await page.getByRole("textbox", { name: "Titolo" }).fill("Secondo incontro: il modello");
  await page.getByRole("button", { name: "Programma l'incontro" }).click();
  const summary = page.getByRole("heading", { name: "Controlla questi campi" }).locator("..");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Giorno: Indica il giorno dell'incontro.");
  await expect(summary).toContainText("Ora di inizio: Indica l'ora di inizio.");
  await expectNoSeriousA11yViolations(page, "the session form with errors");

  await page.getByRole("textbox", { name: "Giorno", exact: true }).fill("2031-05-14");
  await page.getByRole("textbox", { name: "Ora di inizio" }).fill("15:30");
  await page.getByRole("textbox", { name: "Luogo" }).fill("Sala consiliare");
  await page.getByRole("textbox", { name: "Ordine del giorno" }).fill("1. Bisogni\n2. Risorse");
  await page
    .getByRole("group", { name: "Senza ente" })
    .getByRole("checkbox", { name: "Marco Bianchi" })
    .check();
  await page.getByRole("checkbox", { name: "Appunti della seduta (Nota condivisa)" }).check();
  await page.getByRole("button", { name: "Programma l'incontro" }).click();

  const card = page.getByRole("article", { name: "Secondo incontro: il modello" });
  await expect(card.getByRole("heading", { level: 4 })).toBeFocused();
  await expect(card).toContainText("14 maggio 2031, ore 15:30");
  await expect(card).toContainText("Sala consiliare");
  await expect(card).toContainText("Presenze (1)");
  await expect(card).toContainText("Marco Bianchi");
  await expect(card.getByRole("link", { name: "Appunti della seduta" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the sessions page");

  await marco.page.goto(`/procedure/${procedureId}/incontri`);
  await expect(
    marco.page.getByRole("article", { name: "Secondo incontro: il modello" }),
  ).toBeVisible();
  await expect(marco.page.getByRole("button", { name: "Programma un incontro" })).toHaveCount(0);

  await card.getByRole("button", { name: "Modifica Secondo incontro: il modello" }).click();
  await page.getByRole("textbox", { name: "Luogo" }).fill("Sala Paladin");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(card).toContainText("Sala Paladin");
  await expect(page.getByText("Modifiche a «Secondo incontro: il modello» salvate.")).toBeVisible();

  await card.getByRole("button", { name: "Modifica Secondo incontro: il modello" }).click();
  await card.getByRole("button", { name: "Annulla l'incontro" }).click();
  await expect(card.getByRole("button", { name: "Sì, annulla l'incontro" })).toBeFocused();
  await card.getByRole("button", { name: "Sì, annulla l'incontro" }).click();
  await expect(page.getByText("Incontro «Secondo incontro: il modello» annullato.")).toBeVisible();
  await expect(card).toHaveCount(0);
  await marco.page.reload();
  await expect(marco.page.getByText("Nessun incontro ancora.")).toBeVisible();
  await elena.context.close();
  await marco.context.close();
});

test("the facilitator writes a session's verbale from its card, prefilled, and the table finds it there", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const marco = await newPerson(browser, "Marco Bianchi");
  const { procedureId } = await shareNote(elena, [marco]);
  await json(
    await elena.context.request.post(`/api/procedures/${procedureId}/meetings`, {
      data: {
        title: "Terzo incontro: le azioni",
        date: "2031-06-04T09:30:00+02:00",
        place: "Sala Paladin",
        agenda: "1. Azioni\n2. Cronoprogramma",
        attendance: [{ personId: await personId(marco), organisationId: null }],
      },
    }),
  );
  const { page } = elena;
  await page.goto(`/procedure/${procedureId}/incontri`);
  const card = page.getByRole("article", { name: "Terzo incontro: le azioni" });
  await card.getByRole("button", { name: "Scrivi il verbale Terzo incontro: le azioni" }).click();

  await expect(page).toHaveURL(/\/documento\//);
  const text = page.getByRole("textbox", { name: "Testo del documento" });
  await expect(text).toContainText("Sala Paladin");
  await expect(text).toContainText("Altri partecipanti: Marco Bianchi");
  await expect(text).toContainText("Cronoprogramma");

  await marco.page.goto(`/procedure/${procedureId}/incontri`);
  const seen = marco.page.getByRole("article", { name: "Terzo incontro: le azioni" });
  await seen.getByRole("link", { name: "Verbale — Terzo incontro: le azioni" }).click();
  await expect(marco.page.getByRole("textbox", { name: "Testo del documento" })).toContainText(
    "Altri partecipanti: Marco Bianchi",
  );
  await expectNoSeriousA11yViolations(marco.page, "a verbale opened from its session");
  await elena.context.close();
  await marco.context.close();
});
