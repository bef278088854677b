import {
  type APIResponse,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";
import type { Procedure, WorkspaceRoom } from "@tavolo/shared";

/** One person at the table: their own browser context (cookies, storage) and page. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
}

/** Opens a fresh browser context, as a different person on a different computer would. */
export async function newPerson(browser: Browser, name: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { name, context, page };
}

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

/** A note prepared through the API, and the procedure it belongs to. */
export interface SharedNote {
  room: string;
  procedureId: string;
}

/** Where a note opens: inside its procedure. */
export function notePath({ room, procedureId }: SharedNote): string {
  return `/procedure/${procedureId}/nota/${room}`;
}

/**
 * Prepares what the server requires before anyone opens a note: `host` starts a session,
 * creates a procedure with a shared note in it and invites each guest, who accepts with the
 * given role (editor by default). Everything goes through the public API with each person's
 * own cookies, as the app would.
 */
export async function shareNote(
  host: Person,
  guests: readonly Person[],
  role: "redattore" | "osservatore" = "redattore",
): Promise<SharedNote> {
  const api = host.context.request;
  await signIn(host);
  const procedure = await json<Procedure>(
    await api.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const room = await json<WorkspaceRoom>(
    await api.post(`/api/procedures/${procedure.id}/rooms`, {
      data: { kind: "nota", title: "Appunti della seduta" },
    }),
  );
  for (const guest of guests) {
    const invitation = await json<{ token: string }>(
      await api.post(`/api/procedures/${procedure.id}/invitations`, { data: { role } }),
    );
    await json(
      await guest.context.request.post(`/api/invitations/${invitation.token}/accept`, {
        data: { displayName: guest.name },
      }),
    );
  }
  return { room: room.id, procedureId: procedure.id };
}

/** Starts a session for `person` through the API, as "Come ti chiami?" would. */
export async function signIn(person: Person): Promise<string> {
  const answer = await person.context.request.post("/api/session", {
    data: { displayName: person.name },
  });
  return (await json<{ id: string }>(answer)).id;
}

/** A procedure created through the API by a signed-in person, who is its facilitator. */
export async function createProcedure(person: Person, title: string): Promise<Procedure> {
  return json<Procedure>(
    await person.context.request.post("/api/procedures", {
      data: { title, amministrazione: "Comune di Pero" },
    }),
  );
}

/** Adds a partner organisation through the API; returns its id. */
export async function addPartner(
  person: Person,
  procedureId: string,
  name: string,
): Promise<string> {
  const organisation = await json<{ id: string }>(
    await person.context.request.post(`/api/procedures/${procedureId}/organisations`, {
      data: { name, type: "cooperativa_sociale", fiscalCode: "01234567890" },
    }),
  );
  return organisation.id;
}

/** Creates the demo procedure for a signed-in person, through the API. */
export async function createDemo(person: Person): Promise<Procedure> {
  return json<Procedure>(await person.context.request.post("/api/demo"));
}

/** The id the server gave this person's session. */
export async function personId(person: Person): Promise<string> {
  return (await json<{ id: string }>(await person.context.request.get("/api/session"))).id;
}

/** A facilitator's request on the API, failing the test unless it succeeds. */
export async function asFacilitator(
  host: Person,
  method: "PATCH" | "DELETE",
  path: string,
  data?: unknown,
): Promise<void> {
  const response = await host.context.request.fetch(path, { method, data });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
}

/**
 * Opens a shared note, ready to write: the name is the one the person's session started with;
 * `color` picks their presence colour in the "Nome e colore" dialog.
 */
export async function openNoteAs(person: Person, note: SharedNote, color?: string): Promise<void> {
  const { page } = person;
  await page.goto(notePath(note));
  await expect(noteText(page)).toBeEditable();
  if (!color) return;
  await page.getByRole("button", { name: "Cambia nome o colore" }).click();
  const dialog = page.getByRole("dialog", { name: "Nome e colore" });
  await dialog.getByLabel(color, { exact: true }).check();
  await dialog.getByRole("button", { name: "Salva" }).click();
  await expect(dialog).toBeHidden();
}

export function noteText(page: Page): Locator {
  return page.getByRole("textbox", { name: "Testo della nota" });
}

export function presenceList(page: Page): Locator {
  return page.getByTestId("presence-list");
}
