import {
  findProposalTemplate,
  initialiseDocument,
  type ProposalTemplate,
  templatesForDocumentKey,
} from "@tavolo/shared";
import * as Y from "yjs";
import type { Data } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { verbalePrefill } from "./verbale-prefill.ts";

export interface DocumentRequest {
  documentKey: string | null;
  meetingId: string | null;
  templateId: string | null;
}

export interface NewDocument {
  template: ProposalTemplate;
  documentKey: string;
  /** The whole initial document as one Yjs update, to seed the room's log with. */
  update: Uint8Array;
}

/**
 * The template a new document uses: the one asked for, which must fit the expected document
 * it fills, or else the first template for that expected document.
 */
function chooseTemplate({ documentKey, templateId }: DocumentRequest): ProposalTemplate {
  if (templateId) {
    const template = findProposalTemplate(templateId);
    if (!template) throw new ApiError(400, "templateId: not a document template");
    if (documentKey && !template.documentKeys.includes(documentKey)) {
      throw new ApiError(400, `templateId: not a template for the document "${documentKey}"`);
    }
    return template;
  }
  if (!documentKey) throw new ApiError(400, "templateId: a document needs a template");
  const [template] = templatesForDocumentKey(documentKey);
  if (!template) throw new ApiError(400, `documentKey: no template for "${documentKey}"`);
  return template;
}

/**
 * A new document of the procedure, written on the server from its template so that every
 * document starts with exactly its template's sections and blocks, created once (clients never
 * initialise one). A verbale linked to a meeting starts with the meeting's date, place,
 * attendees and agenda. The meeting has been checked to belong to the procedure.
 */
export function newDocument(data: Readonly<Data>, request: DocumentRequest): NewDocument {
  const template = chooseTemplate(request);
  const meeting = request.meetingId ? data.meetings[request.meetingId] : undefined;
  const prefill = template.kind === "verbale" && meeting ? verbalePrefill(data, meeting) : {};
  const doc = new Y.Doc();
  try {
    initialiseDocument(doc, template, { prefill });
    return {
      template,
      documentKey: request.documentKey ?? template.documentKeys[0] ?? "",
      update: Y.encodeStateAsUpdate(doc),
    };
  } finally {
    doc.destroy();
  }
}
