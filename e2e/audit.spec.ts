import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { addPartner, newPerson, shareNote } from "./people.ts";

test("the activity log tells facilitators in plain words who did what, and only them", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const marco = await newPerson(browser, "Marco Bianchi");
  const { procedureId } = await shareNote(elena, [marco]);
  await addPartner(elena, procedureId, "Cooperativa sociale Meta");
  await elena.context.request.post(`/api/procedures/${procedureId}/phase`, {
    data: { phase: "tavolo" },
  });

  await elena.page.goto(`/procedure/${procedureId}`);
  await elena.page
    .getByRole("navigation", { name: "Sezioni della procedura" })
    .getByRole("link", { name: "Registro attività" })
    .click();
  const log = elena.page.getByRole("table", { name: /operazioni registrate/ });
  const rows = log.getByRole("row");
  await expect(rows.nth(1)).toContainText(
    /Elena Moro\s*ha spostato la procedura dalla fase «Avvio» alla fase «Tavolo di co-progettazione»/,
  );
  await expect(log).toContainText("ha aggiunto l'ente «Cooperativa sociale Meta» come partner");
  await expect(log).toContainText(
    /Marco Bianchi\s*ha accettato un invito con il ruolo di redattore/,
  );
  await expect(log).toContainText("ha creato la nota «Appunti della seduta»");
  await expectNoSeriousA11yViolations(elena.page, "the activity log");

  await marco.page.goto(`/procedure/${procedureId}`);
  await expect(marco.page.getByRole("link", { name: "Registro attività" })).toHaveCount(0);
  await marco.page.goto(`/procedure/${procedureId}/registro`);
  await expect(marco.page.getByText("consultabile solo dai facilitatori")).toBeVisible();
  await elena.context.close();
  await marco.context.close();
});
