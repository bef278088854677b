import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { canvas, note, openBoard, prepareBoard, writeNoteByKeyboard } from "./boards-setup.ts";
import { newPerson } from "./people.ts";

const SALA = "Sala civica libera il martedì";
const AULA = "Aula studio in biblioteca";
const LONG = `Proposta lunga: ${"spazi condivisi per il doposcuola e lo sportello casa, ".repeat(12)}fine.`;

test("a keyboard user skips to the board, picks two notes, groups them, and hears others' edits", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await openBoard(federica, path);
  await openBoard(paolo, path);
  const pp = paolo.page;

  // "Vai alla lavagna" is among the page's first stops and lands on the canvas.
  await pp.locator("body").focus();
  await pp.keyboard.press("Tab");
  await pp.keyboard.press("Tab");
  await expect(pp.getByRole("link", { name: "Vai alla lavagna" })).toBeFocused();
  await pp.keyboard.press("Enter");
  await expect(canvas(pp)).toBeFocused();

  // Two notes, side by side rather than piled up.
  await writeNoteByKeyboard(pp, SALA);
  await writeNoteByKeyboard(pp, AULA);
  const sala = await note(pp, SALA).boundingBox();
  const aula = await note(pp, AULA).boundingBox();
  expect(
    sala &&
      aula &&
      (sala.x + sala.width <= aula.x ||
        aula.x + aula.width <= sala.x ||
        sala.y + sala.height <= aula.y ||
        aula.y + aula.height <= sala.y),
  ).toBe(true);

  // Space picks a note; Tab moves on without dropping it; Space picks the next; G groups them.
  await note(pp, SALA).focus();
  await pp.keyboard.press("Space");
  await expect(pp.getByTestId("board-announcer")).toHaveText("1 nota selezionata");
  await note(pp, AULA).focus();
  await expect(note(pp, SALA)).toHaveClass(/is-selected/);
  await pp.keyboard.press("Shift+Space");
  await expect(pp.getByTestId("board-announcer")).toHaveText("2 note selezionate");
  await pp.keyboard.press("Tab");
  await expect(note(pp, SALA)).toHaveClass(/is-selected/);
  await expect(note(pp, AULA)).toHaveClass(/is-selected/);
  await note(pp, AULA).focus();
  await pp.keyboard.press("g");
  const name = pp.getByRole("textbox", { name: "Nome del gruppo" });
  await expect(name).toBeFocused();
  await pp.keyboard.type("Spazi disponibili");
  await pp.keyboard.press("Enter");
  await expect(
    federica.page.getByRole("region", { name: "Gruppo «Spazi disponibili», 2 note" }),
  ).toBeVisible();

  // Another person's note is announced, politely, to the keyboard user.
  await writeNoteByKeyboard(federica.page, "Nota della facilitatrice");
  await expect(pp.getByTestId("board-announcer")).toHaveText("1 nota aggiunta da altri");

  // A long note shows that it is cut and can be read whole; editing it keeps the text.
  await canvas(pp).focus();
  await pp.keyboard.press("n");
  await pp.getByRole("textbox", { name: "Testo della nota" }).fill(LONG);
  await pp.keyboard.press("Escape");
  const long = note(pp, "Proposta lunga");
  const more = long.getByRole("button", { name: "… Mostra tutto" });
  await expect(more).toBeVisible();
  await more.click();
  await expect(long.getByRole("button", { name: "Riduci" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await long.focus();
  await pp.keyboard.press("Enter");
  const editor = pp.getByRole("textbox", { name: "Testo della nota" });
  await expect(editor).toBeFocused();
  const caret = await editor.evaluate((el) =>
    el instanceof HTMLTextAreaElement ? [el.selectionStart, el.selectionEnd, el.value.length] : [],
  );
  expect(caret).toEqual([LONG.length, LONG.length, LONG.length]);
  await pp.keyboard.type(" Ok.");
  await pp.keyboard.press("Escape");
  await expect(note(federica.page, "Proposta lunga")).toContainText("fine. Ok.");
  await pp.screenshot({ path: test.info().outputPath("board-keyboard.png") });
  await expectNoSeriousA11yViolations(pp, "the board with a group and a long note");
  await federica.context.close();
  await paolo.context.close();
});
