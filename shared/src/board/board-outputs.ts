import { z } from "zod";
import { fullAttribution, itemLine } from "./attribution.ts";
import { ItemIdSchema } from "./board-shape.ts";
import { itemsInFrame } from "./frames.ts";
import { keyboardOrder } from "./navigation.ts";
import type { BoardNote } from "./notes.ts";
import { type BoardSnapshot, type OrganisationNames, organisationName } from "./snapshot.ts";
import { topVoted } from "./tally.ts";

/**
 * "Inserisci dalla lavagna": a piece of a board turned into a list the documents feature inserts
 * into the proposal, each item keeping who wrote it and for which organisation, so the agreed
 * text can say where an idea came from.
 */
export const BoardExtractSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cluster"), clusterId: ItemIdSchema }),
  z.object({ kind: z.literal("frame"), frameId: ItemIdSchema }),
  z.object({
    kind: z.literal("topVoted"),
    limit: z.number().int().min(1).max(100),
    /** The closed vote the ranking comes from; absent: the latest closed vote. */
    voteId: ItemIdSchema.optional(),
  }),
]);
export type BoardExtractSource = z.infer<typeof BoardExtractSourceSchema>;

export const BoardExtractItemSchema = z.object({
  noteId: ItemIdSchema,
  text: z.string(),
  authorName: z.string(),
  organisationId: ItemIdSchema.nullable(),
  organisationName: z.string().nullable(),
  /** Votes from the closed vote the extract was made with; null when there was none. */
  votes: z.number().int().min(0).nullable(),
});
export type BoardExtractItem = z.infer<typeof BoardExtractItemSchema>;

export const BoardExtractSchema = z.object({
  source: BoardExtractSourceSchema,
  heading: z.string(),
  items: z.array(BoardExtractItemSchema),
});
export type BoardExtract = z.infer<typeof BoardExtractSchema>;

export interface ExtractOptions {
  organisations: OrganisationNames;
  /** Counts of a closed vote; required for "topVoted". */
  counts?: Readonly<Record<string, number>>;
}

/**
 * The notes of a cluster (most voted first), of a frame (in reading order) or the top-voted
 * notes (ties at the cut kept). Hidden cards never appear. Null when the cluster or frame is gone
 * or top-voted is asked for without counts.
 */
export function extractFromBoard(
  board: BoardSnapshot,
  source: BoardExtractSource,
  options: ExtractOptions,
): BoardExtract | null {
  const picked = pickNotes(board, source, options.counts);
  if (!picked) return null;
  const items = picked.notes.map((note) => toItem(note, options));
  return { source, heading: picked.heading, items };
}

function pickNotes(
  board: BoardSnapshot,
  source: BoardExtractSource,
  counts: Readonly<Record<string, number>> | undefined,
): { heading: string; notes: BoardNote[] } | null {
  const visible = board.notes.filter((note) => !note.hidden);
  switch (source.kind) {
    case "cluster": {
      const cluster = board.clusters.find((c) => c.id === source.clusterId);
      if (!cluster) return null;
      const members = keyboardOrder(
        visible.filter((note) => note.clusterId === cluster.id),
        board.frames,
      );
      const votes = (note: BoardNote) => counts?.[note.id] ?? 0;
      // Array sort is stable: equal votes keep the reading order.
      return { heading: cluster.name, notes: members.sort((a, b) => votes(b) - votes(a)) };
    }
    case "frame": {
      const frame = board.frames.find((f) => f.id === source.frameId);
      if (!frame) return null;
      return { heading: frame.title, notes: keyboardOrder(itemsInFrame(frame, visible), []) };
    }
    case "topVoted":
      if (!counts) return null;
      return {
        heading: "Le proposte più votate",
        notes: topVoted(counts, visible, source.limit).map((entry) => entry.item),
      };
  }
}

function toItem(note: BoardNote, options: ExtractOptions): BoardExtractItem {
  return {
    noteId: note.id,
    text: note.text,
    authorName: note.authorName,
    organisationId: note.organisationId,
    organisationName: organisationName(options.organisations, note.organisationId),
    votes: options.counts ? (options.counts[note.id] ?? 0) : null,
  };
}

/**
 * The extract as plain text, one "- text (Author, Organisation; 3 voti)" line per item: what a
 * plain-text paste or a verbale gets.
 */
export function extractAsText(extract: BoardExtract): string {
  const lines = extract.items.map((item) => `- ${itemLine(item)} (${fullAttribution(item)})`);
  return [extract.heading, ...lines].join("\n");
}
