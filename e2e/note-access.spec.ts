import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import {
  asFacilitator,
  newPerson,
  notePath,
  noteText,
  openNoteAs,
  personId,
  presenceList,
  shareNote,
} from "./people.ts";

test("a note this browser may not open says why instead of retrying forever", async ({
  browser,
}) => {
  const owner = await newPerson(browser, "Chiara Ferri");
  const stranger = await newPerson(browser, "Qualcuno");
  const note = await shareNote(owner, []);

  await stranger.page.goto(notePath(note));
  await expect(stranger.page.getByRole("heading", { level: 1 })).toHaveText(
    "Per aprire questa procedura serve un invito",
  );
  await expect(noteText(stranger.page)).toHaveCount(0);
  await expectNoSeriousA11yViolations(stranger.page, "a refused note");

  await owner.page.goto(notePath({ ...note, room: "nota-che-non-esiste" }));
  await expect(owner.page.getByRole("alert")).toContainText("Questa nota non esiste.");
  await owner.context.close();
  await stranger.context.close();
});

test("an observer reads the note and is present, but cannot write in it", async ({ browser }) => {
  const facilitator = await newPerson(browser, "Elena Moro");
  const observer = await newPerson(browser, "Dario Sala");
  const note = await shareNote(facilitator, [observer], "osservatore");
  await openNoteAs(facilitator, note);
  await noteText(facilitator.page).pressSequentially("Ordine del giorno");

  await observer.page.goto(notePath(note));
  await expect(noteText(observer.page)).toHaveValue("Ordine del giorno");
  await expect(noteText(observer.page)).not.toBeEditable();
  await expect(
    observer.page.getByText("nella procedura hai il ruolo di osservatore"),
  ).toBeVisible();
  await expect(presenceList(facilitator.page)).toContainText("Dario Sala");
  await expectNoSeriousA11yViolations(observer.page, "the note page of an observer");
  await facilitator.context.close();
  await observer.context.close();
});

test("a role changed to observer takes effect in the open note without reloading", async ({
  browser,
}) => {
  const facilitator = await newPerson(browser, "Elena Moro");
  const editor = await newPerson(browser, "Franco Riva");
  const note = await shareNote(facilitator, [editor]);
  const { procedureId } = note;
  await openNoteAs(editor, note);

  await asFacilitator(
    facilitator,
    "PATCH",
    `/api/procedures/${procedureId}/members/${await personId(editor)}`,
    { role: "osservatore" },
  );

  await expect(editor.page.getByText("nella procedura hai il ruolo di osservatore")).toBeVisible();
  await expect(noteText(editor.page)).not.toBeEditable();
  await expect(editor.page.getByTestId("connection-status")).toHaveText("Connesso");
  await facilitator.context.close();
  await editor.context.close();
});

test("someone whose access is withdrawn is told so and stops reconnecting", async ({ browser }) => {
  const facilitator = await newPerson(browser, "Elena Moro");
  const editor = await newPerson(browser, "Franco Riva");
  const note = await shareNote(facilitator, [editor]);
  const { procedureId } = note;
  await openNoteAs(editor, note);
  await noteText(editor.page).pressSequentially("Bozza");
  await expect(editor.page.getByTestId("save-status")).toHaveText("Salvato");

  let reconnects = 0;
  editor.page.on("websocket", () => reconnects++);
  await asFacilitator(
    facilitator,
    "DELETE",
    `/api/procedures/${procedureId}/members/${await personId(editor)}`,
  );

  await expect(editor.page.getByRole("alert")).toContainText(
    "Non hai il permesso di aprire questa nota.",
  );
  await expect(editor.page.getByRole("alert")).toContainText("Codice 4403");
  await expect(editor.page.getByTestId("connection-status")).toHaveText(
    "Connessione chiusa dal server",
  );
  await expect(noteText(editor.page)).not.toBeEditable();
  // The network coming back is when Tavolo reconnects at once, skipping the backoff: a refused
  // room must stay closed even then.
  await editor.context.setOffline(true);
  await editor.context.setOffline(false);
  await expect(editor.page.getByTestId("connection-status")).toHaveText(
    "Connessione chiusa dal server",
  );
  expect(reconnects).toBe(0);
  await facilitator.context.close();
  await editor.context.close();
});
