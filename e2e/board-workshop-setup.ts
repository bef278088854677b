import { type Browser, expect } from "@playwright/test";
import {
  addNote,
  createCluster,
  readClusters,
  readNotes,
  type WorkspaceRoom,
} from "@tavolo/shared";
import { openBoardAs } from "./board-script.ts";
import { json, prepareTable } from "./documents-setup.ts";
import { newPerson, personId } from "./people.ts";

export const COOPERATIVE = "Cooperativa sociale Il Ponte";

/**
 * A table (Giulia facilitates, Marco is the cooperative's referente) with a board where Marco
 * wrote for his cooperative, Giulia for nobody, and Giulia grouped both notes as «Casa».
 */
export async function workshopTable(browser: Browser, origin: string) {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const marco = await newPerson(browser, "Marco Bianchi");
  const table = await prepareTable(giulia, [{ person: marco, role: "referente" }]);
  const board = await json<WorkspaceRoom>(
    await giulia.context.request.post(`/api/procedures/${table.procedureId}/rooms`, {
      data: { kind: "lavagna", title: "Bisogni del quartiere" },
    }),
  );

  // The workshop: Marco writes for his cooperative, Giulia for nobody, Giulia groups them.
  const marcoBoard = await openBoardAs(marco, origin, board.id);
  const giuliaBoard = await openBoardAs(giulia, origin, board.id);
  const marcoAuthor = {
    personId: await personId(marco),
    displayName: "Marco Bianchi",
    organisationId: table.organisationId,
  };
  const giuliaAuthor = {
    personId: await personId(giulia),
    displayName: "Giulia Rossi",
    organisationId: null,
  };
  addNote(marcoBoard.doc, { text: "Alloggi sfitti in centro", x: 0, y: 0 }, marcoAuthor, {
    newId: () => "n-marco",
  });
  addNote(giuliaBoard.doc, { text: "Mappare gli immobili comunali", x: 260, y: 0 }, giuliaAuthor, {
    newId: () => "n-giulia",
  });
  await expect.poll(() => readNotes(giuliaBoard.doc).length).toBe(2);
  createCluster(giuliaBoard.doc, {
    name: "Casa",
    noteIds: ["n-marco", "n-giulia"],
    createdBy: giuliaAuthor.personId,
  });
  await expect.poll(() => readClusters(marcoBoard.doc).length).toBe(1);
  marcoBoard.close();
  giuliaBoard.close();

  return { giulia, marco, table, board };
}
