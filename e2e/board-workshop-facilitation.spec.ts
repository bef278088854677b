import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { LAPTOP, workshopPair } from "./board-workshop-people.ts";
import { canvas, note, openBoard, writeNoteByKeyboard } from "./boards-setup.ts";

const HIGH = "Risorse alte · Potenzialità alte";
const world = (page: Page) =>
  page.locator(".tavolo-world").evaluate((element) => (element as HTMLElement).style.transform);
const zoom = (page: Page) => page.getByLabel("Livello di zoom");

test("Porta tutti qui moves the partner's view to the facilitator's, and holds it for a moment", async ({
  browser,
}) => {
  // Two people, axe and a download on a shared 2-core machine.
  test.setTimeout(180_000);
  const { federica, paolo, path, close } = await workshopPair(browser, LAPTOP);
  await openBoard(federica, path);
  await openBoard(paolo, path);

  await federica.page.getByLabel("Vai a").selectOption({ label: HIGH });
  // Three steps: after two, the frame's fit (below the floating tools) lands on 60%, the zoom
  // the partner opened the board at.
  for (let i = 0; i < 3; i++) {
    await federica.page.getByRole("button", { name: "Ingrandisci" }).click();
  }
  const target = await zoom(federica.page).textContent();
  expect(await zoom(paolo.page).textContent()).not.toBe(target);

  await federica.page.getByLabel("Ferma la vista").selectOption({ label: "10 s" });
  await federica.page.getByRole("button", { name: "Porta tutti qui" }).click();
  await expect(zoom(paolo.page)).toHaveText(target ?? "");
  await expect.poll(() => world(paolo.page)).toBe(await world(federica.page));
  const banner = paolo.page.getByTestId("summon-banner");
  await expect(banner).toContainText("Federica Facilitatrice ha portato tutti qui");
  await expect(banner).toContainText("la vista resta ferma per 10 s");

  // Held: the partner's own pan waits.
  const held = await world(paolo.page);
  await canvas(paolo.page).focus();
  await paolo.page.keyboard.press("Alt+ArrowRight");
  expect(await world(paolo.page)).toBe(held);
  await expectNoSeriousA11yViolations(paolo.page, "the partner's view held by the facilitator");

  // Released: the partner looks around again.
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await canvas(paolo.page).focus();
  await paolo.page.keyboard.press("Alt+ArrowRight");
  await expect.poll(() => world(paolo.page)).not.toBe(held);
  // The facilitator's own view never moved.
  expect(await zoom(federica.page).textContent()).toBe(target);

  await close();
});

test("anonymous mode: the other context sees no author names, on the board or in the CSV", async ({
  browser,
}) => {
  // Two people, axe and a download on a shared 2-core machine.
  test.setTimeout(180_000);
  const { federica, paolo, path, close } = await workshopPair(browser, LAPTOP);
  await openBoard(federica, path);
  await openBoard(paolo, path);
  await writeNoteByKeyboard(paolo.page, "Contratto 3+2 in via Roma");
  await writeNoteByKeyboard(federica.page, "Mappare gli alloggi sfitti");
  await expect(note(federica.page, "Contratto 3+2")).toContainText("Paolo Partner");

  await federica.page.getByRole("button", { name: "Modalità anonima" }).click();
  const states = paolo.page.getByTestId("board-states");
  await expect(states).toContainText("Modalità anonima");
  for (const page of [paolo.page, federica.page]) {
    for (const text of ["Contratto 3+2", "Mappare gli alloggi"]) {
      await expect(note(page, text)).toContainText("Nome nascosto");
      await expect(note(page, text)).not.toContainText(/Paolo Partner|Federica|Lanterna/);
      await expect(note(page, text)).not.toHaveAttribute("aria-label", /Paolo|Federica/);
    }
  }
  await expectNoSeriousA11yViolations(paolo.page, "anonymous mode");

  const file = paolo.page.waitForEvent("download");
  await paolo.page.getByRole("button", { name: "Esporta CSV" }).click();
  const csv = await readFile((await (await file).path()) ?? "", "utf8");
  expect(csv).toContain("Contratto 3+2 in via Roma");
  expect(csv).toContain("Nome nascosto");
  expect(csv).not.toMatch(/Paolo Partner|Federica Facilitatrice|Lanterna/);

  // Names hidden after the activity too, then shown again when the facilitator says so.
  const keepAfter = federica.page.getByLabel("Nomi nascosti anche dopo");
  await federica.page.getByText("Nomi nascosti anche dopo").click();
  await expect(keepAfter).toBeChecked();
  await federica.page.getByRole("button", { name: "Modalità anonima" }).click();
  await expect(states).toContainText("restano nascosti");
  await expect(note(paolo.page, "Contratto 3+2")).toContainText("Nome nascosto");
  await federica.page.getByText("Nomi nascosti anche dopo").click();
  await expect(note(paolo.page, "Contratto 3+2")).toContainText("Paolo Partner");
  await expect(states).toBeEmpty();

  await close();
});

test("banners say when the board is locked or private writing starts, and Tempo scaduto leaves when the vote closes", async ({
  browser,
}) => {
  // Two people, axe and a download on a shared 2-core machine.
  test.setTimeout(180_000);
  const { federica, paolo, path, close } = await workshopPair(browser, LAPTOP);
  // Both clocks are driven by the test, to reach the timer's end without waiting for it (the
  // facilitator's once the board is open: her rooms' connection timers keep the real clock).
  await paolo.context.clock.install();
  await openBoard(federica, path);
  await openBoard(paolo, path);
  await federica.page.clock.install();
  const states = paolo.page.getByTestId("board-states");

  await federica.page.getByRole("button", { name: "Scrittura individuale" }).click();
  await expect(states).toContainText("Scrittura individuale in corso");
  await federica.page.getByRole("button", { name: "Blocca lavagna" }).click();
  await expect(states).toContainText("Lavagna bloccata");
  await expectNoSeriousA11yViolations(paolo.page, "the locked board's banners");
  await federica.page.getByRole("button", { name: "Sblocca lavagna" }).click();
  await expect(states).not.toContainText("Lavagna bloccata");

  await federica.page.getByLabel("Minuti").fill("1");
  await federica.page.getByRole("button", { name: "Avvia timer" }).click();
  await federica.page.getByRole("button", { name: "Apri votazione" }).click();
  await expect(paolo.page.getByText(/Ti restano \d punti/)).toBeInViewport();
  await paolo.page.clock.fastForward("01:05");
  await federica.page.clock.fastForward("01:05");
  await expect(paolo.page.getByTestId("timer-end")).toBeInViewport();
  await federica.page.getByRole("button", { name: "Chiudi votazione" }).click();
  await expect(paolo.page.getByTestId("timer-end")).toHaveCount(0);
  await expect(paolo.page.getByTestId("board-timer")).toContainText("01:00");

  await close();
});
