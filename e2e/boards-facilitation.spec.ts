import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { note, openBoard, prepareBoard, writeNoteByKeyboard } from "./boards-setup.ts";
import { newPerson, type Person } from "./people.ts";

const HIGH = "Risorse alte · Potenzialità alte";
const LOW = "Risorse basse · Potenzialità basse";

/** Jumps to a frame with "Vai a" (the minimap's keyboard alternative) and writes a note there. */
async function writeNoteInFrame(page: Page, frame: string, text: string): Promise<void> {
  await page.getByLabel("Vai a").selectOption({ label: frame });
  await writeNoteByKeyboard(page, text);
}

type ChimeWindow = { AudioContext: typeof AudioContext; tavoloChimes?: number };

function countChimes(): void {
  const page = window as unknown as ChimeWindow;
  const Original = page.AudioContext;
  page.tavoloChimes = 0;
  page.AudioContext = class extends Original {
    constructor(options?: AudioContextOptions) {
      super(options);
      page.tavoloChimes = (page.tavoloChimes ?? 0) + 1;
    }
  };
}

const chimes = (page: Page) =>
  page.evaluate(() => (window as unknown as ChimeWindow).tavoloChimes ?? 0);

async function download(person: Person, format: string): Promise<Buffer> {
  const file = person.page.waitForEvent("download");
  await person.page.getByRole("button", { name: `Esporta ${format}` }).click();
  const path = await (await file).path();
  return readFile(path);
}

test("a vote on one frame: the partner votes inside it only, and everyone sees the results", async ({
  browser,
}) => {
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await openBoard(federica, path);
  await openBoard(paolo, path);
  await expect(paolo.page.getByTestId("board-minimap")).toBeVisible();

  await writeNoteInFrame(paolo.page, HIGH, "Contratto 3+2 in via Roma");
  await writeNoteInFrame(paolo.page, LOW, "Accoglienza notturna");
  // Only the notes in or near the view are on the page (viewport culling): she looks there.
  await federica.page.getByLabel("Vai a").selectOption({ label: LOW });
  await expect(note(federica.page, "Accoglienza notturna")).toBeVisible();
  await expectNoSeriousA11yViolations(paolo.page, "the board with its minimap");

  await federica.page.getByLabel("Su cosa").selectOption({ label: `riquadro «${HIGH}»` });
  await federica.page.getByLabel("Punti").fill("2");
  await federica.page.getByRole("button", { name: "Apri votazione" }).click();
  await expect(paolo.page.getByTestId("vote-scope")).toHaveText(
    `Votazione sul riquadro «${HIGH}»: si votano solo le sue note.`,
  );
  const add = (text: string) =>
    note(paolo.page, text).getByRole("button", { name: /Aggiungi un punto/ });
  await expect(add("Accoglienza notturna")).toHaveCount(0);
  await expect(note(paolo.page, "Accoglienza notturna")).toHaveAttribute(
    "aria-label",
    /, Fuori dalla votazione$/,
  );
  await expect(note(paolo.page, "Accoglienza notturna")).toHaveClass(/is-out-of-vote/);
  await paolo.page.getByLabel("Vai a").selectOption({ label: HIGH });
  await add("Contratto 3+2").click();
  await add("Contratto 3+2").click();
  await expect(paolo.page.getByText("Ti restano 0 punti")).toBeVisible();
  await expectNoSeriousA11yViolations(paolo.page, "a vote on one frame");

  await federica.page.getByRole("button", { name: "Chiudi votazione" }).click();
  await expect(paolo.page.getByText(`Sul riquadro «${HIGH}».`)).toBeVisible();
  const ranking = paolo.page.getByTestId("vote-ranking");
  await expect(ranking.getByRole("listitem")).toHaveCount(1);
  await expect(ranking.getByRole("listitem").first()).toContainText("Contratto 3+2 in via Roma");
  await expect(ranking.getByRole("listitem").first()).toContainText("2 voti");
  await expect(note(paolo.page, "Accoglienza notturna")).not.toHaveClass(/is-out-of-vote/);

  // The CSV counts the notes of the frame voted on; the others were not in the vote.
  const csv = (await download(federica, "CSV")).toString("utf8");
  expect(csv).toContain(
    `Contratto 3+2 in via Roma;Paolo Partner;Cooperativa La Lanterna;${HIGH};;2`,
  );
  expect(csv).toContain(`Accoglienza notturna;Paolo Partner;Cooperativa La Lanterna;${LOW};;\r\n`);

  // The board as SVG (well-formed, with the notes and the votes) and as PNG at twice its size.
  const svg = (await download(federica, "SVG")).toString("utf8");
  expect(svg).toContain("Accoglienza notturna");
  expect(svg).toContain("Contratto 3+2 in via"); // "Roma" wraps to the card's second line
  expect(svg).toContain("Paolo Partner · Cooperativa");
  expect(svg).toContain("2 voti");
  const wellFormed = await federica.page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, "image/svg+xml").querySelector("parsererror") === null,
    svg,
  );
  expect(wellFormed).toBe(true);
  const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
  const png = await download(federica, "PNG");
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  expect(png.readUInt32BE(16)).toBe(Math.round(Math.ceil(svgWidth) * 2));
  expect(png.length).toBeGreaterThan(20_000);

  await federica.context.close();
  await paolo.context.close();
});

test("the timer: extra minutes reach the partner, and its end shows and sounds", async ({
  browser,
}) => {
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  // The partner's clock is driven by the test, to reach the end without waiting for it; each
  // chime opens one WebAudio context, which the page counts.
  await paolo.context.clock.install();
  await paolo.context.addInitScript(countChimes);
  await openBoard(federica, path);
  await openBoard(paolo, path);

  await federica.page.getByLabel("Minuti").fill("1");
  await federica.page.getByRole("button", { name: "Avvia timer" }).click();
  await expect(paolo.page.getByTestId("board-timer")).toContainText(/00:[0-5]\d|01:00/);
  await federica.page.getByRole("button", { name: "+2 min" }).click();
  await expect(paolo.page.getByTestId("board-timer")).toContainText(/02:[0-5]\d|03:00/);

  const sound = paolo.page.getByRole("button", { name: "Suono a fine timer" });
  await expect(sound).toHaveAttribute("aria-pressed", "true");
  await paolo.page.clock.fastForward("03:05");
  await expect(paolo.page.getByRole("status").filter({ hasText: "Tempo scaduto" })).toBeVisible();
  await expect(paolo.page.getByTestId("board-timer")).toContainText("00:00");
  await expectNoSeriousA11yViolations(paolo.page, "the board when time is up");
  await expect.poll(() => chimes(paolo.page)).toBe(1);

  // Muted, the next end shows but stays silent.
  await sound.click();
  await expect(sound).toHaveAttribute("aria-pressed", "false");
  await federica.page.getByRole("button", { name: "+1 min" }).click();
  await expect(paolo.page.getByTestId("timer-end")).toHaveCount(0);
  await paolo.page.clock.fastForward("01:05");
  await expect(paolo.page.getByTestId("timer-end")).toBeVisible();
  expect(await chimes(paolo.page)).toBe(1);

  await federica.context.close();
  await paolo.context.close();
});
