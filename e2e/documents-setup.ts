/*
 * What the document e2e tests share: a procedure prepared through the API, the document's
 * parts as a person finds them (by role and label), and the budget form filled in.
 */
import { type APIResponse, type Browser, expect, type Locator, type Page } from "@playwright/test";
import type { Organisation, Procedure, WorkspaceRoom } from "@tavolo/shared";
import { newPerson, type Person } from "./people.ts";

export async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

export interface Table {
  procedureId: string;
  organisationId: string;
  /** Opens a new document of the procedure and returns its path. */
  document(body: Record<string, unknown>): Promise<string>;
}

/**
 * Through the API, as the app would: `host` starts a session and a procedure with a partner
 * cooperative, and each guest joins with `role` (the referente for the cooperative).
 */
export async function prepareTable(
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

export const PROPOSAL = {
  title: "Progetto definitivo",
  documentKey: "progetto-definitivo",
  templateId: "proposta-art55",
};

export const text = (page: Page) => page.getByRole("textbox", { name: "Testo del documento" });

/** The first paragraph of a section's text (after its block, if it has one). */
export const sectionParagraph = (page: Page, key: string): Locator =>
  page
    .locator(`.tavolo-doc__text > .node-sectionHeading:has([data-section-key="${key}"]) ~ p`)
    .first();

export const section = (page: Page, key: string): Locator =>
  page.locator(`.tavolo-doc__text [data-section-key="${key}"]`);

/** A paragraph's own text, without the carets (and names) of others drawn inside it. */
export function ownText(paragraph: Locator): Promise<string> {
  return paragraph.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const widget of copy.querySelectorAll(".ProseMirror-widget")) widget.remove();
    return copy.textContent ?? "";
  });
}

export async function openDocument(person: Person, path: string): Promise<void> {
  await person.page.goto(path);
  await expect(text(person.page)).toBeVisible();
}

/** Giulia (facilitator) and Marco (a cooperative's referente) with the same proposal open. */
export async function proposalForTwo(browser: Browser): Promise<{ giulia: Person; marco: Person }> {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const path = await table.document(PROPOSAL);
  await openDocument(giulia, path);
  await openDocument(marco, path);
  return { giulia, marco };
}

export const budget = (page: Page) => page.getByRole("region", { name: "Piano economico" });
export const gantt = (page: Page) =>
  page.getByRole("region", { name: "Cronoprogramma delle attività" });

/** Fills the piano economico's "Nuova voce di costo" form and adds the item. */
export async function addCostItem(
  page: Page,
  item: {
    description: string;
    category: string;
    financer: string;
    amount: string;
    inKind?: boolean;
  },
): Promise<void> {
  const form = budget(page).locator("form");
  await form.getByLabel("Nuova voce di costo").fill(item.description);
  await form.getByLabel("Categoria").selectOption({ label: item.category });
  await form.getByLabel("Finanziato da").selectOption({ label: item.financer });
  await form.getByLabel("Importo (€)").fill(item.amount);
  if (item.inKind) await form.getByLabel("In natura").check();
  await form.getByRole("button", { name: "Aggiungi voce" }).click();
  await expect(form.getByLabel("Nuova voce di costo")).toHaveValue("");
}

/**
 * Selects from the caret back to the line's start, and waits until the editor has taken the
 * selection: the browser moves it at once, the editor reads it on the next selection event, and
 * a shortcut pressed in between would act on the old, empty one.
 */
export async function selectToLineStart(page: Page): Promise<void> {
  await page.keyboard.press("Shift+Home");
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ""))
    .not.toBe("");
  await afterNextPaint(page);
}

/** Resolves after the page has drawn twice: whatever the last input caused is on screen. */
export async function afterNextPaint(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
  );
}
