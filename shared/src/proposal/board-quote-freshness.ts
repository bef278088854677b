import type { BoardExtract, BoardExtractSource } from "../board/board-outputs.ts";
import { type BoardOutputRef, boardOutputNodes } from "./board-output-refs.ts";
import { DOCUMENT_NODE, type PMNodeJSON } from "./prosemirror-json.ts";

/**
 * "Le note della lavagna sono cambiate": a list quoted from a board is compared with the board's
 * output as it is now, item by item, as the quote builder would write it today. A difference is
 * what the editor flags, so the text is refreshed before a freeze stores the board's output in
 * the annex and the two disagree.
 */

/** The same output of a board: same kind and same cluster, frame or pinned vote. */
export function sameExtractSource(a: BoardExtractSource, b: BoardExtractSource): boolean {
  switch (a.kind) {
    case "cluster":
      return b.kind === "cluster" && a.clusterId === b.clusterId;
    case "frame":
      return b.kind === "frame" && a.frameId === b.frameId;
    case "topVoted":
      return b.kind === "topVoted" && a.limit === b.limit && a.voteId === b.voteId;
  }
}

/** The board's current output a reference points at, or null when it is no longer there. */
export function currentOutputFor(
  ref: BoardOutputRef,
  outputs: readonly BoardExtract[],
): BoardExtract | null {
  return outputs.find((output) => sameExtractSource(output.source, ref.source)) ?? null;
}

function plainText(node: PMNodeJSON): string {
  if (node.type === DOCUMENT_NODE.text) return node.text ?? "";
  return (node.content ?? []).map(plainText).join("");
}

/** Each item's text, spaces normalised: marks and attributes are not what the flag is about. */
function itemTexts(list: PMNodeJSON): string[] {
  return (list.content ?? []).map((item) => plainText(item).replace(/\s+/g, " ").trim());
}

/**
 * The list the quote builder writes for `extract` today, carrying the same reference: what a
 * refresh puts in place of the quoted list.
 */
export function refreshedQuoteList(refId: string, extract: BoardExtract): PMNodeJSON {
  // The source line is not part of the list; the board title does not change its items.
  const list = boardOutputNodes(refId, "", extract)[1];
  if (!list) throw new Error("the quote builder wrote no list");
  return list;
}

/**
 * Whether the quoted list (its JSON as the editor holds it) says what the board's current output
 * would be quoted as: same items, same order, same text and attribution. An output with no notes
 * left never matches a list that still has some.
 */
export function quoteMatchesOutput(
  list: PMNodeJSON,
  refId: string,
  extract: BoardExtract,
): boolean {
  if (extract.items.length === 0) return (list.content ?? []).length === 0;
  const quoted = itemTexts(list);
  const current = itemTexts(refreshedQuoteList(refId, extract));
  return quoted.length === current.length && quoted.every((line, i) => line === current[i]);
}

/**
 * What the editor says about one quoted list, given its board's outputs as just read: "current",
 * "changed" (a refresh brings it up to date) or "gone" (the cluster, frame or vote is no longer
 * there or has no notes left: nothing to refresh with, and the annex will say so).
 */
export type QuoteStatus = "current" | "changed" | "gone";

export function quoteStatus(
  list: PMNodeJSON,
  ref: BoardOutputRef,
  outputs: readonly BoardExtract[],
): QuoteStatus {
  const current = currentOutputFor(ref, outputs);
  if (!current || current.items.length === 0) return "gone";
  return quoteMatchesOutput(list, ref.id, current) ? "current" : "changed";
}
