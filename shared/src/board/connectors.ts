import type * as Y from "yjs";
import { z } from "zod";
import {
  boardCollection,
  type CreateOptions,
  ItemIdSchema,
  insertRecord,
  readRecords,
  resolveCreateOptions,
} from "./board-shape.ts";

/** An arrow from one note to another (e.g. cause → effect, actor → actor on a stakeholder map). */
export const BoardConnectorSchema = z.object({
  id: ItemIdSchema,
  from: ItemIdSchema,
  to: ItemIdSchema,
  label: z.string().max(200).default(""),
});
export type BoardConnector = z.infer<typeof BoardConnectorSchema>;

/**
 * Connects two existing notes. Refuses a loop or a missing end (returns null), since neither can
 * be drawn.
 */
export function addConnector(
  doc: Y.Doc,
  input: { from: string; to: string; label?: string },
  options?: CreateOptions,
): BoardConnector | null {
  const notes = boardCollection(doc, "notes");
  if (input.from === input.to || !notes.has(input.from) || !notes.has(input.to)) return null;
  const { id } = resolveCreateOptions(options);
  const connector = BoardConnectorSchema.parse({ ...input, id });
  insertRecord(boardCollection(doc, "connectors"), connector);
  return connector;
}

/**
 * Connectors whose both ends still exist. A connector can outlive a note when one person deletes
 * the note while another draws the arrow; such dangling ones are not shown.
 */
export function readConnectors(doc: Y.Doc): BoardConnector[] {
  const notes = boardCollection(doc, "notes");
  return readRecords(boardCollection(doc, "connectors"), BoardConnectorSchema).filter(
    (connector) => notes.has(connector.from) && notes.has(connector.to),
  );
}

export function deleteConnector(doc: Y.Doc, id: string): void {
  boardCollection(doc, "connectors").delete(id);
}

/** Removes every connector touching one of the notes: called when those notes are deleted. */
export function removeConnectorsOf(doc: Y.Doc, noteIds: ReadonlySet<string>): void {
  const connectors = boardCollection(doc, "connectors");
  for (const connector of readRecords(connectors, BoardConnectorSchema)) {
    if (noteIds.has(connector.from) || noteIds.has(connector.to)) connectors.delete(connector.id);
  }
}
