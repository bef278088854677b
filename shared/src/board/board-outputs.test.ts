import { describe, expect, it } from "vitest";
import { BoardExtractSchema, extractAsText, extractFromBoard } from "./board-outputs.ts";
import { COUNTS, workshopBoard } from "./output-fixture.ts";
import { readBoard } from "./snapshot.ts";
import { ORGANISATIONS } from "./test-support.ts";

const board = () => readBoard(workshopBoard());
const options = { organisations: ORGANISATIONS, counts: COUNTS };

describe("insert from board", () => {
  it("lists a cluster's notes with attribution, most voted first", () => {
    const extract = extractFromBoard(board(), { kind: "cluster", clusterId: "c-casa" }, options);
    expect(extract?.heading).toBe("Casa");
    expect(extract?.items).toEqual([
      {
        noteId: "r1",
        text: "Palazzina di via Roma, 300 mq",
        authorName: "Anna Rossi",
        organisationId: "meta",
        organisationName: "Cooperativa Meta",
        votes: 4,
      },
      expect.objectContaining({ noteId: "b1", votes: 2 }),
      expect.objectContaining({ noteId: "b3", votes: 2, organisationName: "La Cordata" }),
    ]);
    expect(BoardExtractSchema.safeParse(extract).success).toBe(true);
  });

  it("lists a frame's visible notes in reading order, votes null without a vote", () => {
    const extract = extractFromBoard(
      board(),
      { kind: "frame", frameId: "f-bisogni" },
      { organisations: ORGANISATIONS },
    );
    expect(extract?.heading).toBe("Bisogni");
    expect(extract?.items.map((item) => [item.noteId, item.votes])).toEqual([
      ["b1", null],
      ["b2", null],
      ["b3", null],
    ]);
  });

  it("lists the top-voted notes, keeping ties at the cut", () => {
    const extract = extractFromBoard(board(), { kind: "topVoted", limit: 3 }, options);
    expect(extract?.items.map((item) => [item.noteId, item.votes])).toEqual([
      ["r1", 4],
      ["x1", 4],
      ["b1", 2],
      ["b3", 2],
    ]);
    expect(
      extractFromBoard(board(), { kind: "topVoted", limit: 3 }, { organisations: ORGANISATIONS }),
    ).toBeNull();
  });

  it("answers null for a cluster or frame that no longer exists", () => {
    expect(extractFromBoard(board(), { kind: "cluster", clusterId: "gone" }, options)).toBeNull();
    expect(extractFromBoard(board(), { kind: "frame", frameId: "gone" }, options)).toBeNull();
  });

  it("renders as plain text lines with author, organisation and votes", () => {
    const extract = extractFromBoard(board(), { kind: "cluster", clusterId: "c-casa" }, options);
    if (!extract) throw new Error("fixture");
    expect(extractAsText(extract).split("\n")).toEqual([
      "Casa",
      "- Palazzina di via Roma, 300 mq (Anna Rossi, Cooperativa Meta; 4 voti)",
      "- Alloggi sfitti (Anna Rossi, Cooperativa Meta; 2 voti)",
      '- Sfratti "per morosità", in crescita (Luca Bianchi, La Cordata; 2 voti)',
    ]);
  });
});
