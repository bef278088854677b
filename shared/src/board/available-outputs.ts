import { countsForSource } from "./attribution.ts";
import { type BoardExtract, type BoardExtractSource, extractFromBoard } from "./board-outputs.ts";
import type { BoardSnapshot, OrganisationNames } from "./snapshot.ts";
import type { VoteSession } from "./voting.ts";

/** How many notes "le più votate" lists (ties at the cut are kept, see `topVoted`). */
export const TOP_VOTED_LIMIT = 5;

/** The vote a source's counts come from: the pinned one if closed, else the latest closed. */
export function voteForSource(
  source: BoardExtractSource,
  votes: readonly VoteSession[],
): VoteSession | null {
  const closed = votes.filter((vote) => vote.status === "closed" && vote.results);
  const pinned = source.kind === "topVoted" ? source.voteId : undefined;
  if (pinned) return closed.find((vote) => vote.id === pinned) ?? null;
  return closed.at(-1) ?? null;
}

/**
 * One output of a board as it is now, with the votes that apply to it. Null when the cluster or
 * frame is gone, or when the top-voted notes are asked for and their vote is not (or no longer)
 * closed.
 */
export function extractOutput(
  board: BoardSnapshot,
  votes: readonly VoteSession[],
  source: BoardExtractSource,
  organisations: OrganisationNames,
): BoardExtract | null {
  const counts = countsForSource(source, voteForSource(source, votes));
  return extractFromBoard(board, source, { organisations, counts });
}

/**
 * Everything a document may take from a board: each cluster, each frame (in the board's order)
 * and the top-voted notes of the latest closed vote, pinned to that vote. Hidden cards are never
 * part of any of them (extractFromBoard).
 */
export function availableOutputs(
  board: BoardSnapshot,
  votes: readonly VoteSession[],
  organisations: OrganisationNames,
): BoardExtract[] {
  const latest = voteForSource({ kind: "topVoted", limit: TOP_VOTED_LIMIT }, votes);
  const sources: BoardExtractSource[] = [
    ...board.clusters.map((cluster) => ({ kind: "cluster" as const, clusterId: cluster.id })),
    ...board.frames.map((frame) => ({ kind: "frame" as const, frameId: frame.id })),
    ...(latest ? [{ kind: "topVoted" as const, limit: TOP_VOTED_LIMIT, voteId: latest.id }] : []),
  ];
  return sources.flatMap((source) => {
    const extract = extractOutput(board, votes, source, organisations);
    return extract ? [extract] : [];
  });
}

/** `GET /api/procedures/:pid/boards/:boardId/outputs`. */
export interface BoardOutputsResponse {
  board: { id: string; title: string };
  outputs: BoardExtract[];
}
