import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type BoardExtract, extractFromBoard } from "../board/board-outputs.ts";
import { updateNote } from "../board/notes.ts";
import { COUNTS, workshopBoard } from "../board/output-fixture.ts";
import { readBoard } from "../board/snapshot.ts";
import { ORGANISATIONS } from "../board/test-support.ts";
import { BOARD_OUTPUT_ATTR, type BoardOutputRef } from "./board-output-refs.ts";
import {
  currentOutputFor,
  quoteMatchesOutput,
  quoteStatus,
  refreshedQuoteList,
  sameExtractSource,
} from "./board-quote-freshness.ts";
import { documentContentJSON } from "./canonical-ydoc.ts";
import { initialiseDocument } from "./initial-doc.ts";
import type { PMNodeJSON } from "./prosemirror-json.ts";
import { quoteBoardOutput } from "./quote-board-output.ts";
import { getProposalTemplate } from "./templates/registry.ts";

const REF: BoardOutputRef = {
  id: "q1",
  boardId: "board-bisogni",
  source: { kind: "cluster", clusterId: "c-casa" },
  heading: "Casa",
  insertedBy: "fac",
  insertedAt: "2025-03-10T09:00:00.000Z",
};

function extractOf(board: Y.Doc): BoardExtract {
  const options = { organisations: ORGANISATIONS, counts: COUNTS };
  const result = extractFromBoard(readBoard(board), REF.source, options);
  if (!result) throw new Error("fixture");
  return result;
}

/** The quoted list as the document stores it, after a round trip through Yjs. */
function quotedList(extract: BoardExtract): PMNodeJSON {
  const doc = new Y.Doc();
  initialiseDocument(doc, getProposalTemplate("proposta-art55"), { spanMonths: 12 });
  quoteBoardOutput(doc, REF, "Bisogni", extract, 1);
  const list = documentContentJSON(doc).content?.find(
    (node) => node.attrs?.[BOARD_OUTPUT_ATTR] === REF.id,
  );
  if (!list) throw new Error("no quoted list");
  return list;
}

function withItemText(list: PMNodeJSON, index: number, text: string): PMNodeJSON {
  const content = (list.content ?? []).map((item, i) =>
    i === index
      ? { ...item, content: [{ type: "paragraph", content: [{ type: "text", text }] }] }
      : item,
  );
  return { ...list, content };
}

describe("a list quoted from a board, compared with the board now", () => {
  it("matches while the board's notes are as they were at insertion", () => {
    const board = workshopBoard();
    expect(quoteMatchesOutput(quotedList(extractOf(board)), REF.id, extractOf(board))).toBe(true);
  });

  it("differs once a note of the output is edited on the board", () => {
    const board = workshopBoard();
    const list = quotedList(extractOf(board));
    updateNote(board, "b1", { text: "Alloggi sfitti in centro storico" });
    expect(quoteMatchesOutput(list, REF.id, extractOf(board))).toBe(false);
  });

  it("differs when a note leaves the group, or the votes reorder it", () => {
    const board = workshopBoard();
    const list = quotedList(extractOf(board));
    const fewer = { ...extractOf(board), items: extractOf(board).items.slice(0, 2) };
    expect(quoteMatchesOutput(list, REF.id, fewer)).toBe(false);
    const reordered = { ...extractOf(board), items: [...extractOf(board).items].reverse() };
    expect(quoteMatchesOutput(list, REF.id, reordered)).toBe(false);
  });

  it("differs when someone rewrote an item in the text", () => {
    const board = workshopBoard();
    const list = withItemText(quotedList(extractOf(board)), 0, "Un'altra cosa");
    expect(quoteMatchesOutput(list, REF.id, extractOf(board))).toBe(false);
  });

  it("matches again once refreshed with the quote builder's list, which keeps the reference", () => {
    const board = workshopBoard();
    updateNote(board, "b1", { text: "Alloggi sfitti in centro storico" });
    const refreshed = refreshedQuoteList(REF.id, extractOf(board));
    expect(refreshed.attrs).toEqual({ [BOARD_OUTPUT_ATTR]: REF.id });
    expect(quoteMatchesOutput(refreshed, REF.id, extractOf(board))).toBe(true);
  });

  it("finds the current output by its source, a pinned vote included", () => {
    const board = workshopBoard();
    expect(currentOutputFor(REF, [extractOf(board)])?.heading).toBe("Casa");
    expect(currentOutputFor({ ...REF, source: { kind: "frame", frameId: "c-casa" } }, [])).toBe(
      null,
    );
    const top = { kind: "topVoted", limit: 5, voteId: "v1" } as const;
    expect(sameExtractSource(top, { ...top })).toBe(true);
    expect(sameExtractSource(top, { ...top, voteId: "v2" })).toBe(false);
  });

  it("says whether a list is current, changed, or no longer on its board", () => {
    const board = workshopBoard();
    const list = quotedList(extractOf(board));
    expect(quoteStatus(list, REF, [extractOf(board)])).toBe("current");
    updateNote(board, "b1", { text: "Alloggi sfitti in centro storico" });
    expect(quoteStatus(list, REF, [extractOf(board)])).toBe("changed");
    expect(quoteStatus(list, REF, [])).toBe("gone");
    expect(quoteStatus(list, REF, [{ ...extractOf(board), items: [] }])).toBe("gone");
  });
});
