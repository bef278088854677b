import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { canvas, note, openBoard, prepareBoard, writeNoteByKeyboard } from "./boards-setup.ts";
import { newPerson } from "./people.ts";

const SALA = "Sala civica libera il martedì";
const AULA = "Aula studio in biblioteca";

const px = async (page: Page, text: string, side: "left" | "top"): Promise<number> =>
  Number.parseFloat(await note(page, text).evaluate((el, key) => el.style[key], side));

test("clusters, connectors, frames and labels are shared, and a locked frame holds its notes", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await openBoard(federica, path);
  await openBoard(paolo, path);
  const fp = federica.page;
  const pp = paolo.page;

  // Both look at an empty part of the board (a new frame goes to free space, never over the
  // template's quadrants); the facilitator adds a frame there, and the partner sees it.
  for (const page of [fp, pp]) {
    for (let i = 0; i < 20; i++) await canvas(page).press("Alt+ArrowLeft");
  }
  await fp.getByRole("button", { name: "Nuovo riquadro" }).click();
  await fp.getByRole("textbox", { name: "Titolo del riquadro" }).fill("Spazi del quartiere");
  await fp.keyboard.press("Enter");
  await expect(pp.getByRole("region", { name: "Spazi del quartiere" })).toBeVisible();

  // The partner writes two notes in it (placed side by side, not piled up), pulls the first
  // further apart (room for an arrow), and groups both.
  await writeNoteByKeyboard(pp, SALA);
  await writeNoteByKeyboard(pp, AULA);
  await note(pp, SALA).focus();
  for (let i = 0; i < 4; i++) await pp.keyboard.press("Shift+ArrowRight");
  // A slant, so the arrow's box has a height (a flat line's box is empty to visibility checks).
  await pp.keyboard.press("ArrowDown");
  await expect(note(fp, SALA)).toHaveAttribute("aria-label", /nel riquadro «Spazi del quartiere»/);
  await note(pp, SALA).click();
  await note(pp, AULA).click({ modifiers: ["Shift"] });
  await pp.getByRole("button", { name: "Raggruppa" }).click();
  await pp.getByRole("textbox", { name: "Nome del gruppo" }).fill("Spazi disponibili");
  await pp.getByRole("button", { name: "Crea il gruppo" }).click();
  await expect(
    fp.getByRole("region", { name: "Gruppo «Spazi disponibili», 2 note" }),
  ).toBeVisible();
  await expect(note(fp, AULA)).toHaveAttribute("aria-label", /gruppo «Spazi disponibili»/);

  // With the same two notes selected, "Collega" draws an arrow the facilitator sees.
  await pp.getByRole("button", { name: "Collega" }).click();
  const arrow = (page: Page) =>
    page.getByRole("button", { name: `Collegamento da «${SALA}» a «${AULA}»` });
  await expect(arrow(fp)).toBeVisible();

  // A closed vote: the cluster carries the sum of its notes' votes.
  await fp.getByLabel("Punti").fill("2");
  await fp.getByRole("button", { name: "Apri votazione" }).click();
  for (const text of [SALA, AULA]) {
    await note(pp, text)
      .getByRole("button", { name: /Aggiungi un punto/ })
      .click();
  }
  await expect(pp.getByText("Ti restano 0 punti")).toBeVisible();
  await fp.getByRole("button", { name: "Chiudi votazione" }).click();
  await expect(
    pp.locator("[data-cluster-id]").filter({ hasText: "Spazi disponibili" }),
  ).toContainText("2 voti");

  // The facilitator deletes the arrow by keyboard and brings it back with Ctrl+Z.
  await arrow(fp).focus();
  await fp.keyboard.press("Delete");
  await expect(arrow(pp)).toHaveCount(0);
  await canvas(fp).focus();
  await fp.keyboard.press("Control+z");
  await expect(arrow(pp)).toBeVisible();

  // Moving the frame (its move button takes the arrows) moves its notes for the partner too.
  const top = await px(pp, SALA, "top");
  const aulaTop = await px(pp, AULA, "top");
  const move = fp.getByRole("button", { name: "Sposta il riquadro «Spazi del quartiere»" });
  await move.focus();
  await fp.keyboard.press("Shift+ArrowDown");
  await expect(note(pp, SALA)).toHaveCSS("top", `${top + 100}px`);
  await expect(note(pp, AULA)).toHaveCSS("top", `${aulaTop + 100}px`);
  // ... and so does dragging it by its title with the mouse.
  const leftBeforeDrag = await px(pp, SALA, "left");
  const title = await fp.getByRole("heading", { name: "Spazi del quartiere" }).boundingBox();
  if (title) {
    await fp.mouse.move(title.x + 10, title.y + 10);
    await fp.mouse.down();
    await fp.mouse.move(title.x + 70, title.y + 10, { steps: 4 });
    await fp.mouse.up();
  }
  await expect(note(pp, SALA)).not.toHaveCSS("left", `${leftBeforeDrag}px`);
  await move.focus();
  await fp.keyboard.press("Alt+Shift+ArrowRight");
  await expect(pp.locator("[data-frame-id]").filter({ hasText: "Spazi del quartiere" })).toHaveCSS(
    "width",
    "760px",
  );

  // A text label: created, edited and moved by the facilitator, read by the partner.
  await fp.getByRole("button", { name: "Nuova etichetta" }).click();
  await fp.getByRole("textbox", { name: "Testo dell'etichetta" }).fill("Priorità");
  await fp.keyboard.press("Enter");
  await expect(pp.getByText("Priorità", { exact: true })).toBeVisible();
  const label = fp.locator("[data-label-id]").filter({ hasText: "Priorità" });
  await label.focus();
  await fp.keyboard.press("Enter");
  await fp.getByRole("textbox", { name: "Testo dell'etichetta" }).fill("Priorità del quartiere");
  await fp.keyboard.press("Enter");
  await expect(pp.getByText("Priorità del quartiere", { exact: true })).toBeVisible();

  // Locked frame: a padlock shows, and the partner can neither move nor delete its notes.
  await fp.getByRole("button", { name: "Blocca il riquadro «Spazi del quartiere»" }).click();
  await expect(pp.getByRole("region", { name: "Spazi del quartiere (bloccato)" })).toBeVisible();
  await expect(note(pp, SALA)).toHaveCSS("cursor", "not-allowed");
  const left = await px(pp, SALA, "left");
  await note(pp, SALA).focus();
  await pp.keyboard.press("Shift+ArrowRight");
  await pp.keyboard.press("Delete");
  const box = await note(pp, SALA).boundingBox();
  if (box) {
    await pp.mouse.move(box.x + 20, box.y + 20);
    await pp.mouse.down();
    await pp.mouse.move(box.x + 220, box.y + 120, { steps: 5 });
    await pp.mouse.up();
  }
  await expect(
    pp.getByRole("button", { name: "Separa il gruppo «Spazi disponibili»" }),
  ).toHaveCount(0);
  await expectNoSeriousA11yViolations(pp, "the board with a locked frame, a cluster and an arrow");
  // A later edit of the partner's, elsewhere, reaches the facilitator: anything refused above
  // would have reached her before it.
  for (let i = 0; i < 6; i++) await canvas(pp).press("Alt+ArrowUp");
  await writeNoteByKeyboard(pp, "Nota fuori dal riquadro");
  await expect(note(fp, "Nota fuori dal riquadro")).toBeVisible();
  await expect(note(fp, SALA)).toHaveCSS("left", `${left}px`);
  // Back to the frame: a note this far off screen is not on the page (viewport culling).
  for (let i = 0; i < 6; i++) await canvas(pp).press("Alt+ArrowDown");
  await expect(note(pp, SALA)).toHaveCSS("left", `${left}px`);
  await expectNoSeriousA11yViolations(fp, "the facilitator's board with frame tools");

  // Deleting the frame leaves its notes on the board.
  await fp.getByRole("button", { name: "Elimina il riquadro «Spazi del quartiere»" }).click();
  await expect(pp.getByRole("region", { name: /Spazi del quartiere/ })).toHaveCount(0);
  await expect(note(pp, SALA)).toBeVisible();

  await federica.context.close();
  await paolo.context.close();
});
