import { type APIResponse, expect, type Locator, type Page, test } from "@playwright/test";
import type { Organisation, Procedure, WorkspaceRoom } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { newPerson, type Person } from "./people.ts";

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

interface Table {
  procedureId: string;
  organisationId: string;
  /** Opens a new document of the procedure and returns its path. */
  document(body: Record<string, unknown>): Promise<string>;
}

/**
 * Through the API, as the app would: `host` starts a session and a procedure with a partner
 * cooperative, and each guest joins with `role` (the referente for the cooperative).
 */
async function prepareTable(
  host: Person,
  guests: readonly { person: Person; role: "referente" | "osservatore" }[],
): Promise<Table> {
  const api = host.context.request;
  await json(await api.post("/api/session", { data: { displayName: host.name } }));
  const procedure = await json<Procedure>(
    await api.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const base = `/api/procedures/${procedure.id}`;
  const organisation = await json<Organisation>(
    await api.post(`${base}/organisations`, {
      data: {
        name: "Cooperativa sociale Il Ponte",
        type: "cooperativa_sociale",
        fiscalCode: "01234567890",
      },
    }),
  );
  for (const { person, role } of guests) {
    const invitation = await json<{ token: string }>(
      await api.post(`${base}/invitations`, {
        data: { role, organisationId: role === "referente" ? organisation.id : null },
      }),
    );
    await json(
      await person.context.request.post(`/api/invitations/${invitation.token}/accept`, {
        data: { displayName: person.name },
      }),
    );
  }
  return {
    procedureId: procedure.id,
    organisationId: organisation.id,
    async document(body) {
      const room = await json<WorkspaceRoom>(
        await api.post(`${base}/rooms`, { data: { kind: "documento", ...body } }),
      );
      return `/procedure/${procedure.id}/documento/${room.id}`;
    },
  };
}

const PROPOSAL = {
  title: "Progetto definitivo",
  documentKey: "progetto-definitivo",
  templateId: "proposta-art55",
};

const text = (page: Page) => page.getByRole("textbox", { name: "Testo del documento" });

/** The first paragraph of a section's text. */
const sectionParagraph = (page: Page, key: string): Locator =>
  page.locator(`.tavolo-doc__text > .node-sectionHeading:has([data-section-key="${key}"]) + p`);

const section = (page: Page, key: string): Locator =>
  page.locator(`.tavolo-doc__text [data-section-key="${key}"]`);

async function openDocument(person: Person, path: string): Promise<void> {
  await person.page.goto(path);
  await expect(text(person.page)).toBeVisible();
}

test("two people write in the same section at once and each reads the other's words", async ({
  browser,
}) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);
  await expect(giulia.page.getByTestId("presence-list")).toContainText("Marco Bianchi");
  await expectNoSeriousA11yViolations(giulia.page, "the document page of a facilitator");

  await sectionParagraph(giulia.page, "obiettivi").click();
  await sectionParagraph(marco.page, "obiettivi").click();
  await Promise.all([
    giulia.page.keyboard.type("Ridurre i tempi di attesa.", { delay: 15 }),
    marco.page.keyboard.type("Aumentare gli alloggi.", { delay: 15 }),
  ]);
  for (const page of [giulia.page, marco.page]) {
    const paragraph = sectionParagraph(page, "obiettivi");
    await expect(paragraph).toContainText("Ridurre i tempi di attesa.");
    await expect(paragraph).toContainText("Aumentare gli alloggi.");
    await expect(section(page, "obiettivi").getByTestId("section-count")).toHaveText(
      "48 / 3000 caratteri",
    );
  }
  await expect(giulia.page.getByTestId("save-status")).toHaveText("Salvato");
  await expectNoSeriousA11yViolations(marco.page, "the document page of a partner");
  await giulia.context.close();
  await marco.context.close();
});
