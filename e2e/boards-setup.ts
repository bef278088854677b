/** What the board specs share: a prepared board with a facilitator and a partner, and its locators. */
import { expect, type Locator, type Page } from "@playwright/test";
import type { Organisation, Procedure, WorkspaceRoom } from "@tavolo/shared";
import { json } from "./documents-setup.ts";
import { type Person, signIn } from "./people.ts";

/**
 * A facilitator's procedure with a partner organisation and a board laid out as "Risorse ×
 * Potenzialità"; the partner joins as that organisation's referente. Returns the board's path.
 */
export async function prepareBoard(host: Person, partner: Person): Promise<string> {
  const api = host.context.request;
  await signIn(host);
  const procedure = await json<Procedure>(
    await api.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const base = `/api/procedures/${procedure.id}`;
  const organisation = await json<Organisation>(
    await api.post(`${base}/organisations`, {
      data: {
        name: "Cooperativa La Lanterna",
        type: "cooperativa_sociale",
        fiscalCode: "01234567890",
        role: "partner",
      },
    }),
  );
  const board = await json<WorkspaceRoom>(
    await api.post(`${base}/rooms`, {
      data: {
        kind: "lavagna",
        title: "Laboratorio risorse",
        boardTemplateId: "risorse-potenzialita",
      },
    }),
  );
  const invitation = await json<{ token: string }>(
    await api.post(`${base}/invitations`, {
      data: { role: "referente", organisationId: organisation.id },
    }),
  );
  await json(
    await partner.context.request.post(`/api/invitations/${invitation.token}/accept`, {
      data: { displayName: partner.name },
    }),
  );
  return `/procedure/${procedure.id}/lavagna/${board.id}`;
}

export const canvas = (page: Page) => page.getByRole("region", { name: "Lavagna", exact: true });
export const note = (page: Page, text: string | RegExp): Locator =>
  page.locator("[data-note-id]").filter({ hasText: text });

export async function openBoard(person: Person, path: string): Promise<void> {
  await person.page.goto(path);
  await expect(canvas(person.page)).toBeVisible();
  await expect(person.page.getByRole("heading", { name: /Risorse alte/ }).first()).toBeVisible();
}

/** Writes a new note with the keyboard only: N on the focused canvas, type, Escape. */
export async function writeNoteByKeyboard(page: Page, text: string): Promise<void> {
  await canvas(page).focus();
  await page.keyboard.press("n");
  const editor = page.getByRole("textbox", { name: "Testo della nota" });
  await expect(editor).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Escape");
  await expect(editor).toBeHidden();
}
