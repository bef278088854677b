import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { newPerson, notePath, noteText, openNoteAs, presenceList, shareNote } from "./people.ts";

test("two people in the same note see each other's words and names", async ({ browser }) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const note = await shareNote(giulia, [marco]);

  await giulia.page.goto(notePath(note));
  await expect(presenceList(giulia.page)).toContainText("Giulia Rossi(tu)");
  await giulia.page.getByRole("button", { name: "Cambia nome o colore" }).click();
  await expect(giulia.page.getByRole("dialog", { name: "Nome e colore" })).toBeVisible();
  await expectNoSeriousA11yViolations(giulia.page, "the note page with the name dialog");
  await giulia.page.keyboard.press("Escape");
  await openNoteAs(giulia, note, "Verde");
  await openNoteAs(marco, note, "Viola");

  await expect(giulia.page.getByTestId("connection-status")).toHaveText("Connesso");
  await expect(presenceList(giulia.page)).toContainText("Giulia Rossi(tu)");
  await expect(presenceList(giulia.page)).toContainText("Marco Bianchi");
  await expect(presenceList(marco.page)).toContainText("Marco Bianchi(tu)");
  await expect(presenceList(marco.page)).toContainText("Giulia Rossi");
  await expect(giulia.page.getByText("2 persone in questa nota")).toBeVisible();

  await noteText(giulia.page).pressSequentially("Buongiorno dal Comune.");
  await expect(noteText(marco.page)).toHaveValue("Buongiorno dal Comune.");

  await noteText(marco.page).press("Control+End");
  await noteText(marco.page).pressSequentially(" Ciao dalla cooperativa!");
  const together = "Buongiorno dal Comune. Ciao dalla cooperativa!";
  await expect(noteText(giulia.page)).toHaveValue(together);
  await expect(noteText(marco.page)).toHaveValue(together);
  await expect(giulia.page.getByTestId("save-status")).toHaveText("Salvato");
  await expect(marco.page.getByTestId("save-status")).toHaveText("Salvato");
  await expectNoSeriousA11yViolations(marco.page, "the note page with two people");

  await giulia.context.close();
  await marco.context.close();
});

test("someone who leaves the note disappears from the others' presence list", async ({
  browser,
}) => {
  const anna = await newPerson(browser, "Anna Verdi");
  const luca = await newPerson(browser, "Luca Neri");
  const note = await shareNote(anna, [luca]);
  await openNoteAs(anna, note);
  await openNoteAs(luca, note);
  await expect(presenceList(anna.page).getByRole("listitem")).toHaveCount(2);

  await luca.context.close();

  await expect(presenceList(anna.page).getByRole("listitem")).toHaveCount(1);
  await expect(presenceList(anna.page)).not.toContainText("Luca Neri");
  await expect(anna.page.getByText("Per ora ci sei solo tu.")).toBeVisible();
  await anna.context.close();
});

test("someone else's edits around my caret do not move where I am typing", async ({ browser }) => {
  const sara = await newPerson(browser, "Sara Galli");
  const paolo = await newPerson(browser, "Paolo Conti");
  const note = await shareNote(sara, [paolo]);
  await openNoteAs(sara, note);
  await openNoteAs(paolo, note);

  await noteText(sara.page).pressSequentially("obiettivi generali");
  await expect(noteText(paolo.page)).toHaveValue("obiettivi generali");
  // Sara puts her caret right after "obiettivi"...
  await noteText(sara.page).press("Control+Home");
  for (let i = 0; i < "obiettivi".length; i++) await noteText(sara.page).press("ArrowRight");

  // ...while Paolo writes both before and after it.
  await noteText(paolo.page).press("Control+Home");
  await noteText(paolo.page).pressSequentially("1. ");
  await noteText(paolo.page).press("Control+End");
  await noteText(paolo.page).pressSequentially(" e specifici");
  await expect(noteText(sara.page)).toHaveValue("1. obiettivi generali e specifici");

  await noteText(sara.page).pressSequentially(" strategici");
  const expected = "1. obiettivi strategici generali e specifici";
  await expect(noteText(sara.page)).toHaveValue(expected);
  await expect(noteText(paolo.page)).toHaveValue(expected);
  await sara.context.close();
  await paolo.context.close();
});
