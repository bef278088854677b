/*
 * Edits made without a network stay in the browser (IndexedDB) and reach the others on
 * reconnect. How the network is cut, checked in this Chromium: `context.setOffline(true)` makes
 * `navigator.onLine` false, fires "offline" and fails new sockets, but an open websocket is only
 * held (its frames neither delivered nor closed) and flushed when back online. So the test goes
 * offline with `setOffline`, and the app itself drops its socket on "offline" (sync/network.ts).
 * A server that cannot be reached while the network is up is a `routeWebSocket` that refuses.
 */
import path from "node:path";
import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import type { WorkspaceRoom } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { canvas, writeNoteByKeyboard } from "./boards-setup.ts";
import {
  afterNextPaint,
  json,
  openDocument,
  PROPOSAL,
  prepareTable,
  sectionParagraph,
} from "./documents-setup.ts";
import { newPerson, type Person } from "./people.ts";
import { repoRoot } from "./server.ts";

const connection = (page: Page) => page.getByTestId("connection-status");
const saves = (page: Page) => page.getByTestId("save-status");
const OFFLINE = "Sei offline: le modifiche restano su questo dispositivo";
/** Edits are counted by pauses between them, so the number depends on how fast one types. */
const TO_SEND = /^\d+ modific(a|he) da inviare$/;

/** Giulia (facilitator) and Marco (referente) with a proposal and a board in one procedure. */
async function tableForTwo(browser: Parameters<typeof newPerson>[0]) {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const document = await table.document(PROPOSAL);
  const board = await json<WorkspaceRoom>(
    await giulia.context.request.post(`/api/procedures/${table.procedureId}/rooms`, {
      data: { kind: "lavagna", title: "Laboratorio risorse", boardTemplateId: "vuota" },
    }),
  );
  return { giulia, marco, document, board: `/procedure/${table.procedureId}/lavagna/${board.id}` };
}

const boardNote = (page: Page, text: string): Locator =>
  page.locator("[data-note-id]").filter({ hasText: text });

async function openBoard(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(canvas(page)).toBeVisible();
  await expect(connection(page)).toHaveText("Connesso");
}

/**
 * Types into a section and waits until the editor holds the whole text and the page has drawn
 * the status that follows: `keyboard.type` returns before the editor has read the last keys, so
 * a status read at once could be the one of the keys before.
 */
async function writeInSection(page: Page, key: string, text: string): Promise<void> {
  await sectionParagraph(page, key).click();
  await page.keyboard.type(text);
  await expect(sectionParagraph(page, key)).toContainText(text);
  await afterNextPaint(page);
}

/** The offline state as people see it: in test-results, or docs/screenshots for the README. */
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.TAVOLO_SCREENSHOTS ? "docs/screenshots" : "test-results";
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(repoRoot, folder, `${name}.png`) });
}

/** A second tab for `person`, as opening the same procedure in another window would. */
async function secondTab(person: Person): Promise<Page> {
  return person.context.newPage();
}

test("edits made offline on a document and a board reach the others on reconnect", async ({
  browser,
}) => {
  const { giulia, marco, document, board } = await tableForTwo(browser);
  const giuliaBoard = await secondTab(giulia);
  const marcoBoard = await secondTab(marco);
  await openDocument(giulia, document);
  await openDocument(marco, document);
  await openBoard(giuliaBoard, board);
  await openBoard(marcoBoard, board);
  await writeInSection(giulia.page, "obiettivi", "Scritto in linea.");
  await expect(sectionParagraph(marco.page, "obiettivi")).toContainText("Scritto in linea.");

  await giulia.context.setOffline(true);
  for (const page of [giulia.page, giuliaBoard]) {
    await expect(connection(page)).toContainText(OFFLINE);
  }
  await writeInSection(giulia.page, "obiettivi", " Scritto senza rete.");
  await writeNoteByKeyboard(giuliaBoard, "Sala civica del quartiere");
  await expect(saves(giulia.page)).toHaveText(TO_SEND);
  await expect(saves(giuliaBoard)).toHaveText(TO_SEND);
  await expect(boardNote(giuliaBoard, "Sala civica del quartiere")).toBeVisible();
  await expectNoSeriousA11yViolations(giulia.page, "a document while offline");
  await expectNoSeriousA11yViolations(giuliaBoard, "a board while offline");
  await screenshot(giulia.page, "documento-offline");
  await screenshot(giuliaBoard, "lavagna-offline");
  await expect(sectionParagraph(marco.page, "obiettivi")).not.toContainText("senza rete");
  await expect(boardNote(marcoBoard, "Sala civica del quartiere")).toHaveCount(0);

  await giulia.context.setOffline(false);
  await expect(sectionParagraph(marco.page, "obiettivi")).toContainText(
    "Scritto in linea. Scritto senza rete.",
  );
  await expect(boardNote(marcoBoard, "Sala civica del quartiere")).toBeVisible();
  for (const page of [giulia.page, giuliaBoard]) {
    await expect(connection(page)).toHaveText("Connesso");
    await expect(saves(page)).toHaveText("Salvato");
  }
  await giulia.context.close();
  await marco.context.close();
});

/** Lets the person's sync sockets through, or refuses them as an unreachable server would. */
async function syncGate(context: BrowserContext): Promise<{ reachable: boolean }> {
  const gate = { reachable: true };
  await context.routeWebSocket(/\/sync\//, (socket) => {
    if (gate.reachable) socket.connectToServer();
    else socket.close({ code: 1011, reason: "server unreachable" });
  });
  return gate;
}

test("offline edits survive closing the tab and are sent when the server is reached again", async ({
  browser,
}) => {
  const { giulia, marco, document } = await tableForTwo(browser);
  const gate = await syncGate(giulia.context);
  await openDocument(giulia, document);
  await openDocument(marco, document);

  await giulia.context.setOffline(true);
  await expect(connection(giulia.page)).toContainText(OFFLINE);
  await writeInSection(giulia.page, "destinatari", "Quaranta nuclei in emergenza abitativa.");
  await expect(saves(giulia.page)).toHaveText(TO_SEND);
  await giulia.page.close();

  // Back on the network, but the server cannot be reached: the page opens from this device.
  gate.reachable = false;
  await giulia.context.setOffline(false);
  giulia.page = await giulia.context.newPage();
  await openDocument(giulia, document);
  await expect(connection(giulia.page)).toContainText("nuovo tentativo in corso");
  await expect(sectionParagraph(giulia.page, "destinatari")).toHaveText(
    "Quaranta nuclei in emergenza abitativa.",
  );
  await expect(saves(giulia.page)).toHaveText("Salvato su questo dispositivo");
  await expect(sectionParagraph(marco.page, "destinatari")).not.toContainText("Quaranta");

  gate.reachable = true;
  await expect(sectionParagraph(marco.page, "destinatari")).toHaveText(
    "Quaranta nuclei in emergenza abitativa.",
  );
  await expect(saves(giulia.page)).toHaveText("Salvato");
  await giulia.context.close();
  await marco.context.close();
});
