import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { addPartner, createProcedure, newPerson, signIn } from "./people.ts";

test("the phase stepper moves to the co-design table once a partner exists, and says why approval must wait", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const { page } = elena;
  await signIn(elena);
  const procedure = await createProcedure(elena, "Housing Mix");
  await page.goto(`/procedure/${procedure.id}`);

  const stepper = page.getByRole("list", { name: "Fasi della procedura" });
  const current = stepper.locator('[aria-current="step"]');
  await expect(current).toContainText("Avvio");
  await expect(stepper.locator(":scope > li")).toHaveCount(9);
  await expect(current).toContainText("Determina di avvio: da produrre");

  const phase = page.getByRole("combobox", { name: "Sposta la procedura alla fase" });
  await phase.selectOption({ label: "Tavolo di co-progettazione" });
  await page.getByRole("button", { name: "Cambia fase" }).click();
  await expect(phase).toBeFocused();
  await expect(phase).toHaveAttribute("aria-invalid", "true");
  await expect(phase).toHaveAccessibleDescription(/serve almeno un ente partner/);
  await expect(current).toContainText("Avvio");

  await addPartner(elena, procedure.id, "Cooperativa sociale Meta");
  await page.reload();
  await phase.selectOption({ label: "Tavolo di co-progettazione" });
  await page.getByRole("button", { name: "Cambia fase" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ora nella fase" })).toHaveText(
    "La procedura è ora nella fase «Tavolo di co-progettazione».",
  );
  await expect(current).toContainText("Tavolo di co-progettazione");
  await expect(current).toContainText("Fase in corso");
  const history = page.getByRole("table", { name: "Storico delle fasi" });
  await expect(history.getByRole("row", { name: /Tavolo di co-progettazione/ })).toContainText(
    "Elena Moro",
  );

  await phase.selectOption({ label: "Approvazione" });
  await page.getByRole("button", { name: "Cambia fase" }).click();
  await expect(phase).toHaveAccessibleDescription(
    /Non è ancora possibile passare alla fase «Approvazione»: serve un testo concordato della proposta progettuale, approvato da tutti i partner\./,
  );
  await expect(current).toContainText("Tavolo di co-progettazione");
  await expectNoSeriousA11yViolations(page, "the stepper with a refused phase change");

  await page
    .getByRole("group", { name: "Lingua" })
    .getByRole("button", { name: "English" })
    .click();
  const stepperInEnglish = page.getByRole("list", { name: "Phases of the procedure" });
  await expect(stepperInEnglish.locator('[aria-current="step"]')).toContainText("Co-design table");
  await expect(stepperInEnglish).toContainText(
    "To enter this phase it needs an agreed version of the proposal, approved by every partner",
  );
  await elena.context.close();
});

test("only facilitators are offered the phase change", async ({ browser }) => {
  const elena = await newPerson(browser, "Elena Moro");
  const dario = await newPerson(browser, "Dario Sala");
  await signIn(elena);
  const procedure = await createProcedure(elena, "Housing Mix");
  const invitation = await elena.context.request.post(
    `/api/procedures/${procedure.id}/invitations`,
    { data: { role: "osservatore" } },
  );
  const { path } = (await invitation.json()) as { path: string };

  await dario.page.goto(path);
  await dario.page.getByRole("textbox", { name: "Nome e cognome" }).fill("Dario Sala");
  await dario.page.getByRole("button", { name: "Accetta l'invito" }).click();
  await expect(dario.page.getByRole("heading", { level: 1 })).toHaveText("Housing Mix");
  await expect(dario.page.getByText("Partecipi come osservatore")).toBeVisible();
  await expect(dario.page.getByRole("list", { name: "Fasi della procedura" })).toBeVisible();
  await expect(
    dario.page.getByRole("combobox", { name: "Sposta la procedura alla fase" }),
  ).toHaveCount(0);
  await expect(dario.page.getByRole("link", { name: "Registro attività" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(dario.page, "a procedure seen by an observer");
  await elena.context.close();
  await dario.context.close();
});
