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
import { centreOf, type Point, type Rect } from "./geometry.ts";

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

/** Where an arrow between two items is drawn: from the edge of one to the edge of the other. */
export interface ConnectorLine {
  from: Point;
  to: Point;
}

/**
 * The segment joining the centres of `from` and `to`, cut where it leaves each rectangle, so the
 * arrowhead touches the target's border instead of hiding under it. Null when the two overlap so
 * much that nothing of the segment is left to draw.
 */
export function connectorLine(from: Rect, to: Rect): ConnectorLine | null {
  const a = centreOf(from);
  const b = centreOf(to);
  const start = edgePoint(from, a, b);
  const end = edgePoint(to, b, a);
  const forward = (b.x - a.x) * (end.x - start.x) + (b.y - a.y) * (end.y - start.y);
  if (forward <= 0) return null;
  return { from: start, to: end };
}

/** The point where the ray from `centre` (inside `rect`) towards `toward` crosses its border. */
function edgePoint(rect: Rect, centre: Point, toward: Point): Point {
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : rect.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : rect.h / 2 / Math.abs(dy);
  const scale = Math.min(sx, sy);
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}
