import type { BoardExtract, BoardExtractItem, BoardExtractSource } from "./board-outputs.ts";
import type { VoteSession } from "./voting.ts";

/**
 * How an item inserted from a board says where it came from: the organisation (what a
 * co-design table credits), the author when they wrote for no organisation, and the votes when
 * the note received any. "Cooperativa Meta, 4 voti".
 */
export function itemAttribution(item: BoardExtractItem): string {
  const who = item.organisationName ?? item.authorName;
  if (item.votes === null || item.votes === 0) return who;
  return `${who}, ${item.votes === 1 ? "1 voto" : `${item.votes} voti`}`;
}

/**
 * The full attribution an annex prints: author and organisation, and the votes when there was
 * a vote. "Anna Rossi, Cooperativa Meta; 4 voti".
 */
export function fullAttribution(item: BoardExtractItem): string {
  const who = [item.authorName, item.organisationName].filter(Boolean).join(", ");
  if (item.votes === null) return who;
  return `${who}; ${item.votes === 1 ? "1 voto" : `${item.votes} voti`}`;
}

/** The note's text on one line (a sticky note's line breaks would split a list item). */
export function itemLine(item: BoardExtractItem): string {
  return item.text.replace(/\s+/g, " ").trim();
}

/** What kind of board output, in the words of the document: "gruppo «Casa»". */
export function outputLabel(extract: Pick<BoardExtract, "source" | "heading">): string {
  switch (extract.source.kind) {
    case "cluster":
      return `gruppo «${extract.heading}»`;
    case "frame":
      return `riquadro «${extract.heading}»`;
    case "topVoted":
      return "le proposte più votate";
  }
}

/** The line that introduces an inserted list: "Dalla lavagna «Bisogni», gruppo «Casa»". */
export function sourceLine(boardTitle: string, extract: Pick<BoardExtract, "source" | "heading">) {
  return `Dalla lavagna «${boardTitle}», ${outputLabel(extract)}`;
}

/**
 * The vote counts an extract may show: a board-wide vote counts for everything on the board; a
 * vote on one frame only for that frame (elsewhere its zeros would read as "nobody chose it").
 * The top-voted notes always use their own vote.
 */
export function countsForSource(
  source: BoardExtractSource,
  vote: Pick<VoteSession, "scope" | "results"> | null,
): Readonly<Record<string, number>> | undefined {
  const counts = vote?.results?.counts;
  if (!vote || !counts) return undefined;
  if (source.kind === "topVoted" || vote.scope.kind === "board") return counts;
  return source.kind === "frame" && source.frameId === vote.scope.frameId ? counts : undefined;
}
