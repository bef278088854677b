import {
  addActivity,
  addCostItem,
  blockMap,
  canonicalDocumentFromYDoc,
  type DocumentVersion,
  documentContent,
  type VersionList,
  type WorkspaceRoom,
} from "@tavolo/shared";
import * as Y from "yjs";
import { impronta } from "../../src/versions/hashing.ts";
import { eventually } from "./clients.ts";
import type { Workspace } from "./workspace.ts";

/** A new proposal document (template proposta-art55) in the workspace's procedure. */
export function createProposal(workspace: Workspace, title = "Proposta progettuale") {
  return workspace.api.ok<WorkspaceRoom>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/rooms`,
    { kind: "documento", title, documentKey: "progetto-definitivo", templateId: "proposta-art55" },
  );
}

/** The text of the document's first paragraph, where the tests type. */
export function firstParagraph(doc: Y.Doc): Y.XmlText {
  for (const node of documentContent(doc).toArray()) {
    if (node instanceof Y.XmlElement && node.nodeName === "paragraph") {
      const text = node.get(0);
      if (text instanceof Y.XmlText) return text;
    }
  }
  throw new Error("the document has no paragraph with text");
}

export function typeIn(doc: Y.Doc, text: string, at = 0): void {
  firstParagraph(doc).insert(at, text);
}

export function freeze(
  workspace: Workspace,
  roomId: string,
  body: { label: string; openApproval?: boolean; reason?: string },
) {
  return workspace.api.ok<DocumentVersion>("POST", `/api/rooms/${roomId}/versions`, body);
}

export function listVersions(workspace: Workspace, roomId: string) {
  return workspace.api.ok<VersionList>("GET", `/api/rooms/${roomId}/versions`);
}

/** The reason a facilitator gives to open a round on the (mostly empty) proposal of a test. */
export const INCOMPLETE_REASON = "Il tavolo approva lo schema: le sezioni si scrivono dopo";

/** Fills a proposal as partners would: text, two activities and two cost items. */
export function fillProposal(doc: Y.Doc, organisationId: string): void {
  typeIn(doc, "Il quartiere Mentana conta 420 famiglie in affitto oneroso.");
  const crono = blockMap(doc, "cronoprogramma");
  const piano = blockMap(doc, "piano_economico");
  if (!crono || !piano) throw new Error("the proposal has no cronoprogramma or piano economico");
  addActivity(crono, {
    name: "Sportello casa",
    responsibleOrganisationId: organisationId,
    months: [1, 2, 3, 4, 5, 6],
  });
  addActivity(crono, { name: "Valutazione finale", months: [22, 23, 24] });
  addCostItem(piano, {
    description: "Educatore professionale",
    category: "personale",
    amountCents: 1_850_000,
    financedBy: { kind: "fund", source: "pnrr" },
    inKind: false,
  });
  addCostItem(piano, {
    description: "Locali della cooperativa",
    category: "altro",
    amountCents: 600_000,
    financedBy: { kind: "organisation", organisationId },
    inKind: true,
  });
}

/**
 * Waits until the server's live draft of `roomId` is exactly what `doc` holds: the condition
 * to freeze or compare on after typing, instead of a fixed sleep.
 */
export async function serverHasDraftOf(
  workspace: Workspace,
  roomId: string,
  doc: Y.Doc,
): Promise<void> {
  const local = canonicalDocumentFromYDoc(doc);
  if (!local.ok) throw new Error(local.problems.join("; "));
  const expected = impronta(local.canonical);
  await eventually(
    async () => (await listVersions(workspace, roomId)).draftHash === expected,
    `the server has the draft of ${roomId} as typed`,
  );
}
