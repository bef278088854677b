import { readFile } from "node:fs/promises";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import type { Procedure, WorkspaceRoom } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { canvas, note, openBoard, prepareBoard, writeNoteByKeyboard } from "./boards-setup.ts";
import { newPerson, signIn } from "./people.ts";

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

test("two people fill a board: notes, private writing and reveal, dot voting, CSV", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await openBoard(federica, path);
  await openBoard(paolo, path);
  await expectNoSeriousA11yViolations(federica.page, "the board page of a facilitator");
  await expect(federica.page.getByTestId("board-people")).toContainText("Paolo Partner");
  await expect(federica.page.getByTestId("board-people")).toContainText("Cooperativa La Lanterna");

  // A note by double-click, one by keyboard only; each appears to the other.
  await canvas(federica.page).dblclick({ position: { x: 700, y: 300 } });
  await federica.page.keyboard.type("Sala civica libera il martedì");
  await expect(paolo.page.getByText("Federica Facilitatrice sta scrivendo…")).toBeVisible();
  await federica.page.keyboard.press("Escape");
  await expect(note(paolo.page, "Sala civica libera il martedì")).toBeVisible();
  await writeNoteByKeyboard(paolo.page, "Educatori disponibili la sera");
  await expect(note(federica.page, "Educatori disponibili la sera")).toBeVisible();
  await expect(note(federica.page, "Educatori disponibili la sera")).toHaveAttribute(
    "aria-label",
    /^Nota di Paolo Partner \(Cooperativa La Lanterna\): Educatori disponibili la sera/,
  );
  await expectNoSeriousA11yViolations(paolo.page, "the board page with two people's notes");

  // Private writing: the facilitator sees a hidden card until the reveal.
  await federica.page.getByRole("button", { name: "Scrittura individuale" }).click();
  await expect(paolo.page.getByRole("button", { name: "Nuova nota" })).toBeEnabled();
  const secret = "Alloggio sfitto in via Roma";
  await writeNoteByKeyboard(paolo.page, secret);
  await expect(note(paolo.page, secret)).toContainText("Visibile solo a te");
  await expect(note(federica.page, "Nota nascosta")).toBeVisible();
  await expect(federica.page.getByText(secret)).toHaveCount(0);
  await expectNoSeriousA11yViolations(federica.page, "the board with a hidden note");
  await federica.page.getByRole("button", { name: "Rivela le note" }).click();
  await expect(note(federica.page, secret)).toBeVisible();
  await expect(note(paolo.page, secret)).not.toContainText("Visibile solo a te");

  // Dot voting: open, place dots, close, ranking.
  await federica.page.getByLabel("Punti").fill("3");
  await federica.page.getByRole("button", { name: "Apri votazione" }).click();
  await expect(paolo.page.getByText("Ti restano 3 punti")).toBeVisible();
  const add = (page: Page, text: string) =>
    note(page, text).getByRole("button", { name: /Aggiungi un punto/ });
  await add(paolo.page, secret).click();
  await add(paolo.page, secret).click();
  await add(paolo.page, "Sala civica").click();
  await expect(paolo.page.getByText("Ti restano 0 punti")).toBeVisible();
  await add(federica.page, secret).click();
  await expectNoSeriousA11yViolations(paolo.page, "the board during a vote");
  await federica.page.getByRole("button", { name: "Chiudi votazione" }).click();
  const ranking = paolo.page.getByTestId("vote-ranking");
  await expect(ranking.getByRole("listitem").first()).toContainText(secret);
  await expect(ranking.getByRole("listitem").first()).toContainText("3 voti");
  await expect(ranking.getByRole("listitem").nth(1)).toContainText("1 voto");

  // CSV export with the notes and their votes.
  const download = federica.page.waitForEvent("download");
  await federica.page.getByRole("button", { name: "Esporta CSV" }).click();
  const file = await (await download).path();
  const csv = await readFile(file, "utf8");
  expect(csv).toContain("\uFEFFTesto;Autore;Organizzazione;Riquadro;Gruppo;Voti");
  expect(csv).toContain(`${secret};Paolo Partner;Cooperativa La Lanterna`);
  expect(csv).toContain("Sala civica libera il martedì;Federica Facilitatrice");

  await federica.context.close();
  await paolo.context.close();
});

test("keyboard on notes, presence cursors and the facilitator's timer, follow me and lock", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await openBoard(federica, path);
  await openBoard(paolo, path);

  // Keyboard: arrows move the focused note, Delete removes it, Ctrl+Z brings it back.
  await writeNoteByKeyboard(paolo.page, "Spazio compiti al centro civico");
  const card = note(paolo.page, "Spazio compiti");
  await expect(card).toBeFocused();
  const left = Number.parseFloat(await card.evaluate((el) => el.style.left));
  await paolo.page.keyboard.press("Shift+ArrowRight");
  await expect(note(federica.page, "Spazio compiti")).toHaveCSS("left", `${left + 50}px`);
  await paolo.page.keyboard.press("Delete");
  await expect(note(federica.page, "Spazio compiti")).toHaveCount(0);
  await canvas(paolo.page).focus();
  await paolo.page.keyboard.press("Control+z");
  await expect(note(federica.page, "Spazio compiti")).toBeVisible();
  await note(paolo.page, "Spazio compiti").focus();
  await paolo.page.keyboard.press("Alt+Shift+ArrowRight");
  await expect(note(federica.page, "Spazio compiti")).toHaveCSS("width", "220px");

  // Presence: the partner's pointer shows with name and organisation.
  await canvas(paolo.page).hover({ position: { x: 400, y: 300 } });
  await expect(federica.page.locator(".tavolo-cursor")).toContainText(
    "Paolo Partner · Cooperativa La Lanterna",
  );

  // Timer: everyone sees it run and pause.
  await federica.page.getByLabel("Minuti").fill("2");
  await federica.page.getByRole("button", { name: "Avvia timer" }).click();
  await expect(paolo.page.getByTestId("board-timer")).toContainText(/0[12]:\d\d/);
  await federica.page.getByRole("button", { name: "Pausa" }).click();
  await expect(paolo.page.getByTestId("board-timer")).toContainText("in pausa");

  // Follow me: the partner's view copies the facilitator's zoom.
  await federica.page.getByRole("button", { name: "Seguitemi" }).click();
  await expect(paolo.page.getByText("Stai seguendo Federica Facilitatrice.")).toBeVisible();
  await federica.page.getByRole("button", { name: "Ingrandisci" }).click();
  const zoom = await federica.page.getByLabel("Livello di zoom").textContent();
  await expect(paolo.page.getByLabel("Livello di zoom")).toHaveText(zoom ?? "");
  await expectNoSeriousA11yViolations(paolo.page, "the board while following the facilitator");

  // Lock: the partner can no longer add notes.
  await federica.page.getByRole("button", { name: "Blocca lavagna" }).click();
  await expect(paolo.page.getByRole("button", { name: "Nuova nota" })).toBeDisabled();
  await expectNoSeriousA11yViolations(federica.page, "the locked board");

  await federica.context.close();
  await paolo.context.close();
});

test("a facilitator creates a board from the procedure home with a template", async ({
  browser,
}) => {
  const federica = await newPerson(browser, "Federica Facilitatrice");
  await signIn(federica);
  const procedure = await json<Procedure>(
    await federica.context.request.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const { page } = federica;
  await page.goto(`/procedure/${procedure.id}`);
  await page.getByRole("button", { name: "Nuova lavagna" }).click();
  await page.getByRole("textbox", { name: "Titolo della lavagna" }).fill("Chi abita da noi");
  await page.getByRole("radio", { name: /^Mappa dell'empatia/ }).check();
  await expectNoSeriousA11yViolations(page, "the new board form");
  await page.getByRole("button", { name: "Crea la lavagna" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chi abita da noi");
  for (const frame of ["Dice", "Pensa", "Fa", "Prova"]) {
    await expect(page.getByRole("heading", { name: frame, exact: true })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page, "a new board laid out as an empathy map");
  await federica.context.close();
});

test("an observer sees the board and the people on it, without tools to write", async ({
  browser,
}) => {
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const olga = await newPerson(browser, "Olga Osservatrice");
  await signIn(federica);
  const api = federica.context.request;
  const procedure = await json<Procedure>(
    await api.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const base = `/api/procedures/${procedure.id}`;
  const board = await json<WorkspaceRoom>(
    await api.post(`${base}/rooms`, {
      data: { kind: "lavagna", title: "Laboratorio", boardTemplateId: "risorse-potenzialita" },
    }),
  );
  const invitation = await json<{ token: string }>(
    await api.post(`${base}/invitations`, { data: { role: "osservatore" } }),
  );
  await json(
    await olga.context.request.post(`/api/invitations/${invitation.token}/accept`, {
      data: { displayName: olga.name },
    }),
  );
  const path = `/procedure/${procedure.id}/lavagna/${board.id}`;
  await openBoard(federica, path);
  await openBoard(olga, path);
  await writeNoteByKeyboard(federica.page, "Sportello casa il giovedì");
  await expect(note(olga.page, "Sportello casa il giovedì")).toBeVisible();
  await expect(olga.page.getByRole("button", { name: "Nuova nota" })).toBeDisabled();
  await expect(olga.page.getByRole("toolbar", { name: "Strumenti del facilitatore" })).toHaveCount(
    0,
  );
  await note(olga.page, "Sportello casa").focus();
  await olga.page.keyboard.press("Enter");
  await expect(olga.page.getByRole("textbox", { name: "Testo della nota" })).toHaveCount(0);
  await expect(olga.page.getByTestId("board-people")).toContainText("Federica Facilitatrice");
  await expectNoSeriousA11yViolations(olga.page, "the board as an observer");
  await federica.context.close();
  await olga.context.close();
});
