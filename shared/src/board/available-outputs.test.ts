import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { availableOutputs, extractOutput, TOP_VOTED_LIMIT } from "./available-outputs.ts";
import { COUNTS, workshopBoard } from "./output-fixture.ts";
import { readBoard } from "./snapshot.ts";
import { ORGANISATIONS, T0 } from "./test-support.ts";
import { closeVote, openVote, readVotes } from "./voting.ts";

/** A control room with one closed board-wide vote (COUNTS) and a later open one. */
function control(): Y.Doc {
  const doc = new Y.Doc();
  const input = { title: "Priorità", scope: { kind: "board" as const }, mode: "persona" as const };
  openVote(doc, { ...input, votesPerBallot: 5 }, "fac", { newId: () => "v1", now: T0 });
  closeVote(doc, "v1", { counts: { ...COUNTS }, ballots: 3, discarded: 0 }, T0 + 10);
  openVote(doc, { ...input, votesPerBallot: 3 }, "fac", { newId: () => "v2", now: T0 + 20 });
  return doc;
}

describe("a board's available outputs", () => {
  it("lists each cluster, each frame and the top-voted notes of the latest closed vote", () => {
    const outputs = availableOutputs(
      readBoard(workshopBoard()),
      readVotes(control()),
      ORGANISATIONS,
    );
    expect(outputs.map((output) => [output.source, output.heading])).toEqual([
      [{ kind: "cluster", clusterId: "c-casa" }, "Casa"],
      [{ kind: "frame", frameId: "f-bisogni" }, "Bisogni"],
      [{ kind: "frame", frameId: "f-risorse" }, "Risorse"],
      [{ kind: "topVoted", limit: TOP_VOTED_LIMIT, voteId: "v1" }, "Le proposte più votate"],
    ]);
    const cluster = outputs[0];
    expect(cluster?.items.map((i) => [i.noteId, i.organisationName, i.votes])).toEqual([
      ["r1", "Cooperativa Meta", 4],
      ["b1", "Cooperativa Meta", 2],
      ["b3", "La Cordata", 2],
    ]);
  });

  it("never includes a hidden card, in any output", () => {
    const outputs = availableOutputs(
      readBoard(workshopBoard()),
      readVotes(control()),
      ORGANISATIONS,
    );
    const texts = outputs.flatMap((output) => output.items.map((item) => item.text));
    expect(texts).not.toContain("segreto");
    expect(outputs.flatMap((o) => o.items.map((i) => i.noteId))).not.toContain("hidden");
  });

  it("offers no top-voted list before a vote is closed, and attributes no votes", () => {
    const outputs = availableOutputs(readBoard(workshopBoard()), [], ORGANISATIONS);
    expect(outputs.map((output) => output.source.kind)).toEqual(["cluster", "frame", "frame"]);
    expect(outputs.every((output) => output.items.every((item) => item.votes === null))).toBe(true);
  });

  it("reads a pinned vote's ranking, and nothing when that vote is gone", () => {
    const board = readBoard(workshopBoard());
    const votes = readVotes(control());
    const pinned = extractOutput(
      board,
      votes,
      { kind: "topVoted", limit: 1, voteId: "v1" },
      ORGANISATIONS,
    );
    expect(pinned?.items.map((item) => item.noteId)).toEqual(["r1", "x1"]);
    const gone = { kind: "topVoted" as const, limit: 1, voteId: "v9" };
    expect(extractOutput(board, votes, gone, ORGANISATIONS)).toBeNull();
  });
});
