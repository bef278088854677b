import path from "node:path";
import { type Page, test } from "@playwright/test";
import { note, openBoard, prepareBoard, writeNoteByKeyboard } from "./boards-setup.ts";
import { proposalForTwo, sectionParagraph, selectToLineStart } from "./documents-setup.ts";
import {
  createDemo,
  newPerson,
  noteText,
  openNoteAs,
  type Person,
  presenceList,
  shareNote,
  signIn,
} from "./people.ts";
import { repoRoot } from "./server.ts";
import { agreedPdf } from "./verifica-setup.ts";

const shots = path.join(repoRoot, "docs/screenshots");

/** Waits for the fonts and for every transition to end, then saves the whole page. */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // Transitions (focus rings fading) end; a looping animation (a spinner) never would.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished),
    ),
  );
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

/** A facilitator with the demo procedure open on its home page. */
async function demoFacilitator(person: Person): Promise<string> {
  await signIn(person);
  const demo = await createDemo(person);
  await person.page.goto(`/procedure/${demo.id}`);
  await person.page.getByRole("heading", { level: 1 }).waitFor();
  return demo.id;
}

test("home page for a newcomer", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Nome e cognome").fill("Giulia Rossi");
  await page.getByLabel("Nome e cognome").blur();
  await shoot(page, "home");
});

test("my procedures, empty and with procedures", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  await signIn(giulia);
  await giulia.page.goto("/");
  await giulia.page.getByRole("heading", { name: "Non partecipi ancora" }).waitFor();
  await shoot(giulia.page, "procedure-vuoto");

  await createDemo(giulia);
  await giulia.context.request.post("/api/procedures", {
    data: {
      title: "Agenzia dell'abitare – housing sociale",
      amministrazione: "Comune di Pero",
      ambito: "Ambito del Rhodense",
    },
  });
  await giulia.page.reload();
  await giulia.page.getByRole("heading", { name: "Le mie procedure" }).waitFor();
  await shoot(giulia.page, "procedure");
  await giulia.context.close();
});

test("new procedure form with errors", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  await signIn(giulia);
  await giulia.page.goto("/procedure/nuova");
  await giulia.page.getByLabel("Amministrazione procedente").fill("Comune di Pero");
  await giulia.page.getByRole("button", { name: "Crea la procedura" }).click();
  await giulia.page.getByText("Controlla questi campi").waitFor();
  await shoot(giulia.page, "nuova-procedura");
  await giulia.context.close();
});

test("procedure home with the phase stepper", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi – Comune di Padova");
  await demoFacilitator(giulia);
  await giulia.page.getByLabel("Sposta la procedura alla fase").selectOption("approvazione");
  await giulia.page.getByRole("button", { name: "Cambia fase" }).click();
  await giulia.page.getByText("Non è ancora possibile passare").waitFor();
  await shoot(giulia.page, "procedura");
  await giulia.page.setViewportSize({ width: 390, height: 844 });
  await giulia.page.evaluate(() => document.fonts.ready);
  await giulia.page.screenshot({
    path: path.join(repoRoot, "test-results/screenshots/procedura-mobile.png"),
    fullPage: true,
  });
  await giulia.context.close();
});

test("the procedure's details, being corrected", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi – Comune di Padova");
  await demoFacilitator(giulia);
  await giulia.page.getByRole("link", { name: "Modifica i dati" }).click();
  await giulia.page.getByRole("textbox", { name: "Linea di finanziamento" }).waitFor();
  await shoot(giulia.page, "procedura-dati");
  await giulia.context.close();
});

test("partners and their resources", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const pid = await demoFacilitator(giulia);
  await giulia.page.goto(`/procedure/${pid}/enti`);
  await giulia.page.getByRole("heading", { name: "Enti partner", level: 2 }).waitFor();
  await shoot(giulia.page, "enti");

  await giulia.page.getByRole("button", { name: "Aggiungi un ente" }).click();
  await giulia.page.getByLabel("Denominazione").fill("Cooperativa sociale La Cordata");
  await giulia.page.getByLabel("Codice fiscale").fill("0123");
  await giulia.page.getByRole("button", { name: "Aggiungi una risorsa" }).click();
  await giulia.page.getByLabel("Valore in euro").fill("12.000,50");
  await giulia.page.getByRole("button", { name: "Aggiungi l'ente" }).click();
  await giulia.page.getByText("Controlla questi campi").waitFor();
  await shoot(giulia.page, "enti-nuovo");
  await giulia.context.close();
});

test("people, roles and a new invitation link", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const pid = await demoFacilitator(giulia);
  await giulia.page.goto(`/procedure/${pid}/persone`);
  await giulia.page.getByLabel("Ente per cui agisce").selectOption({ index: 3 });
  await giulia.page.getByRole("button", { name: "Crea il link d'invito" }).click();
  const link = await giulia.page.getByLabel("Link d'invito").inputValue();

  await marco.page.goto(link);
  await marco.page.getByLabel("Nome e cognome").fill("Marco Bianchi");
  await marco.page.getByLabel("Nome e cognome").blur();
  await shoot(marco.page, "invito");
  await marco.page.getByRole("button", { name: "Accetta l'invito" }).click();
  await marco.page.getByText("Ti diamo il benvenuto al tavolo").waitFor();
  await shoot(marco.page, "procedura-referente", false);

  await giulia.page.getByLabel("Ente per cui agisce").selectOption({ index: 2 });
  await giulia.page.getByRole("button", { name: "Crea il link d'invito" }).click();
  await giulia.page.getByText("Link d'invito pronto").waitFor();
  await giulia.page.getByRole("button", { name: "Cambia ruolo Marco Bianchi" }).click();
  await shoot(giulia.page, "persone");
  await giulia.context.close();
  await marco.context.close();
});

test("sessions of the table", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const pid = await demoFacilitator(giulia);
  await giulia.page.goto(`/procedure/${pid}/incontri`);
  await giulia.page.getByRole("heading", { name: "Incontri del tavolo" }).waitFor();
  await shoot(giulia.page, "incontri");
  await giulia.page.getByRole("button", { name: "Programma un incontro" }).click();
  await giulia.page.getByLabel("Titolo").fill("Secondo incontro: il modello di intervento");
  await giulia.page.getByRole("textbox", { name: "Giorno", exact: true }).fill("2026-05-14");
  await giulia.page.getByRole("textbox", { name: "Ora di inizio" }).fill("15:00");
  await giulia.page.getByLabel("Luogo").fill("Sala Paladin, Palazzo Moroni");
  await giulia.page.getByLabel("Giulia Rossi").check();
  await shoot(giulia.page, "incontri-nuovo");
  await giulia.context.close();
});

test("activity log", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const pid = await demoFacilitator(giulia);
  await giulia.page.getByRole("button", { name: "Nuova nota" }).click();
  await giulia.page.getByLabel("Titolo della nuova nota").fill("Mappa dei bisogni");
  await giulia.page.getByRole("button", { name: "Crea la nota" }).click();
  await noteText(giulia.page).waitFor();
  await giulia.page.goto(`/procedure/${pid}/registro`);
  await giulia.page.getByRole("heading", { name: "Registro delle attività" }).waitFor();
  await shoot(giulia.page, "registro");
  await giulia.context.close();
});

test("note page with two people present", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi – Comune di Pero");
  const marco = await newPerson(browser, "Marco Bianchi – Coop. Abitare");
  const note = await shareNote(giulia, [marco]);

  await openNoteAs(giulia, note, "Blu");
  await openNoteAs(marco, note, "Arancione");
  await noteText(giulia.page).fill(
    "Seduta del tavolo di co-progettazione – Agenzia dell'abitare\n\n" +
      "Presenti: Comune di Pero (RUP), Cooperativa Abitare, Associazione Casa Aperta.\n\n" +
      "1. Analisi dei bisogni: 40 nuclei in graduatoria, 12 in emergenza abitativa.\n" +
      "2. Risorse messe a disposizione: 6 alloggi comunali, un educatore a tempo pieno.\n",
  );
  await noteText(marco.page).press("Control+End");
  await noteText(marco.page).pressSequentially(
    "3. Prossima seduta: bozza del cronoprogramma (Cooperativa Abitare).",
  );
  await presenceList(giulia.page).getByText("Marco Bianchi").waitFor();
  await giulia.page.getByTestId("save-status").getByText("Salvato", { exact: true }).waitFor();
  await giulia.page.getByRole("heading", { level: 1 }).click();
  await shoot(giulia.page, "nota");
  await giulia.context.close();
  await marco.context.close();
});

test("document with the comments panel", async ({ browser }) => {
  test.setTimeout(90_000);
  const { giulia, marco } = await proposalForTwo(browser);
  const comment = async (person: Person, key: string, sentence: string, body: string) => {
    await sectionParagraph(person.page, key).click();
    await person.page.keyboard.insertText(sentence);
    await selectToLineStart(person.page);
    await person.page.keyboard.press("Control+Alt+m");
    const composer = person.page.getByRole("form", { name: "Nuovo commento" });
    await composer.getByLabel("Commento", { exact: true }).fill(body);
    await composer.getByRole("button", { name: "Commenta", exact: true }).click();
  };
  await comment(
    giulia,
    "analisi_contesto",
    "Nel Comune di Pero 40 nuclei sono in graduatoria per un alloggio pubblico.",
    "@Marco Bianchi hai il dato aggiornato al 2025?",
  );
  await comment(
    marco,
    "obiettivi",
    "Ridurre i tempi di attesa per un alloggio.",
    "Proporrei un indicatore: mesi medi di attesa.",
  );
  const thread = marco.page.getByRole("article", { name: /40 nuclei/ });
  await thread.getByLabel("Rispondi").fill("Sì: 43 nuclei a settembre 2025, lo aggiorno io.");
  await thread.getByRole("button", { name: "Invia la risposta" }).click();
  await giulia.page.getByText("lo aggiorno io").waitFor();
  await giulia.page.locator(".tavolo-comment-mark").first().click();
  await shoot(giulia.page, "documento-commenti", false);
  await sectionParagraph(giulia.page, "destinatari").click();
  await giulia.page.keyboard.insertText("Quaranta nuclei familiari.");
  await selectToLineStart(giulia.page);
  await giulia.page.keyboard.press("Control+Alt+m");
  await giulia.page.getByLabel("Commento", { exact: true }).pressSequentially("Chiedo a @ma");
  await giulia.page.getByRole("option", { name: "Marco Bianchi" }).waitFor();
  await giulia.page.getByRole("region", { name: "Commenti" }).screenshot({
    path: path.join(repoRoot, "test-results/screenshots/commento-nuovo.png"),
  });
  await giulia.context.close();
  await marco.context.close();
});

test("board with a frame, a cluster, arrows and a label", async ({ browser }) => {
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await openBoard(federica, path);
  await openBoard(paolo, path);
  const [fp, pp] = [federica.page, paolo.page];
  for (const page of [fp, pp]) await page.setViewportSize({ width: 1400, height: 1300 });
  await fp.getByRole("button", { name: "Nuovo riquadro" }).click();
  await fp.getByRole("textbox", { name: "Titolo del riquadro" }).fill("Spazi del quartiere");
  await fp.keyboard.press("Enter");
  await pp.getByRole("region", { name: "Spazi del quartiere" }).waitFor();
  // The new frame is made in free space, away from the view: the partner goes there to write.
  for (const page of [fp, pp]) {
    await page.getByLabel("Vai a").selectOption({ label: "Spazi del quartiere" });
  }
  const notes: [string, string][] = [
    ["Sala civica libera il martedì", ""],
    ["Aula studio in biblioteca", "Shift+ArrowRight"],
    ["Oratorio aperto il sabato", "Shift+ArrowDown"],
  ];
  for (const [text, key] of notes) {
    await writeNoteByKeyboard(pp, text);
    for (let i = 0; i < 4 && key; i++) await pp.keyboard.press(key);
  }
  await note(pp, "Sala civica").click();
  await note(pp, "Aula studio").click({ modifiers: ["Shift"] });
  await pp.getByRole("button", { name: "Raggruppa" }).click();
  await pp.getByRole("textbox", { name: "Nome del gruppo" }).fill("Spazi disponibili");
  await pp.getByRole("button", { name: "Crea il gruppo" }).click();
  await note(pp, "Oratorio").click({ modifiers: ["Shift"] });
  await note(pp, "Sala civica").click({ modifiers: ["Shift"] });
  await pp.getByRole("button", { name: "Collega" }).click();
  await fp.getByRole("button", { name: "Nuova etichetta" }).click();
  await fp.getByRole("textbox", { name: "Testo dell'etichetta" }).fill("Priorità emerse");
  await fp.keyboard.press("Enter");
  await fp.locator("[data-label-id]").filter({ hasText: "Priorità emerse" }).focus();
  for (let i = 0; i < 5; i++) await fp.keyboard.press("Shift+ArrowUp");
  await fp.getByRole("button", { name: "Blocca il riquadro «Spazi del quartiere»" }).click();
  await fp.getByRole("region", { name: "Gruppo «Spazi disponibili», 2 note" }).waitFor();
  await fp.locator("[data-connector-id]").waitFor();
  await shoot(fp, "lavagna-struttura", false);
  await pp.getByRole("region", { name: "Spazi del quartiere (bloccato)" }).waitFor();
  await shoot(pp, "lavagna-struttura-partner", false);
  await federica.context.close();
  await paolo.context.close();
});

test("board with its minimap, a vote on one frame and the timer's end", async ({ browser }) => {
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await federica.context.clock.install();
  await openBoard(federica, path);
  await openBoard(paolo, path);
  const high = "Risorse alte · Potenzialità alte";
  // Notes made from the keyboard land in the middle of the view: some are moved aside.
  const notes: [string, string, number][] = [
    [high, "Contratto 3+2 in via Roma", 5],
    [high, "Canone calmierato con garanzia del Comune", 0],
    ["Risorse basse · Potenzialità basse", "Accoglienza notturna", 5],
  ];
  for (const [frame, text, moves] of notes) {
    await paolo.page.getByLabel("Vai a").selectOption({ label: frame });
    await writeNoteByKeyboard(paolo.page, text);
    for (let step = 0; step < moves; step++) await paolo.page.keyboard.press("Shift+ArrowLeft");
  }
  await paolo.page.getByLabel("Vai a").selectOption({ label: "tutta la lavagna" });
  await paolo.page.getByRole("button", { name: "Ingrandisci" }).click();
  await paolo.page.getByRole("button", { name: "Ingrandisci" }).click();
  // Zoomed in around the centre, the top frames' titles went under the floating tools.
  await paolo.page.locator(".tavolo-canvas").focus();
  await paolo.page.keyboard.press("Alt+ArrowUp");
  await federica.page.getByLabel("Su cosa").selectOption({ label: `riquadro «${high}»` });
  await federica.page.getByRole("button", { name: "Apri votazione" }).click();
  await paolo.page.getByText("Votazione sul riquadro").waitFor();
  await paolo.page
    .locator("[data-note-id]")
    .filter({ hasText: "Contratto 3+2" })
    .getByRole("button", { name: /Aggiungi un punto/ })
    .click();
  await shoot(paolo.page, "lavagna-voto-riquadro", false);

  await federica.page.getByLabel("Minuti").fill("5");
  await federica.page.getByRole("button", { name: "Avvia timer" }).click();
  await federica.page.getByRole("button", { name: "+2 min" }).waitFor();
  await federica.page.clock.fastForward("07:05");
  await federica.page.getByTestId("timer-end").waitFor();
  await shoot(federica.page, "lavagna-fine-timer", false);
  await federica.context.close();
  await paolo.context.close();
});

test("public verification of an exported file", async ({ browser }) => {
  const host = await newPerson(browser, "Giulia Rossi");
  const lead = await newPerson(browser, "Marco Bianchi");
  const { pdf } = await agreedPdf(host.context.request, lead.context.request);
  const stranger = await newPerson(browser, "Chi ha ricevuto il file");
  await stranger.page.goto("/verifica");
  await stranger.page.getByLabel("File da verificare").setInputFiles({
    name: "proposta-progettuale-v1.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await stranger.page.getByText(/Documento riconosciuto/).waitFor();
  await shoot(stranger.page, "verifica");
});
