import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { extractFromBoard } from "../board/board-outputs.ts";
import { COUNTS, workshopBoard } from "../board/output-fixture.ts";
import { readBoard } from "../board/snapshot.ts";
import { ORGANISATIONS } from "../board/test-support.ts";
import {
  BOARD_OUTPUT_ATTR,
  type BoardOutputRef,
  boardOutputNodes,
  readBoardOutputRefs,
  referencedBoardOutputs,
  writeBoardMaterials,
} from "./board-output-refs.ts";
import { canonicalDocumentFromYDoc, documentContentJSON } from "./canonical-ydoc.ts";
import { documentContent } from "./document-shape.ts";
import { documentSchema } from "./editor-schema.ts";
import { initialiseDocument } from "./initial-doc.ts";
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

function extract(counts = COUNTS) {
  const options = { organisations: ORGANISATIONS, counts };
  const result = extractFromBoard(readBoard(workshopBoard()), REF.source, options);
  if (!result) throw new Error("fixture");
  return result;
}

function proposal(): Y.Doc {
  const doc = new Y.Doc();
  initialiseDocument(doc, getProposalTemplate("proposta-art55"), { spanMonths: 12 });
  return doc;
}

function quoted(): Y.Doc {
  const doc = proposal();
  quoteBoardOutput(doc, REF, "Bisogni", extract(), 1);
  return doc;
}

function canonical(doc: Y.Doc) {
  const result = canonicalDocumentFromYDoc(doc);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result;
}

/** Replaces the text with the same nodes minus those `drop` picks, as an editor would. */
function removeNodes(doc: Y.Doc, drop: (type: string) => boolean) {
  const content = (documentContentJSON(doc).content ?? []).filter((node) => !drop(node.type));
  const next = documentSchema().nodeFromJSON({ type: "doc", content });
  prosemirrorToYXmlFragment(next, documentContent(doc));
}

describe("a board output inserted into a document", () => {
  it("is a source line and a list, each item ending with its attribution", () => {
    const [line, list] = boardOutputNodes("q1", "Bisogni", extract());
    expect(line?.content?.[0]?.text).toBe("Dalla lavagna «Bisogni», gruppo «Casa»:");
    expect(list?.attrs).toEqual({ [BOARD_OUTPUT_ATTR]: "q1" });
    const items = (list?.content ?? []).map((item) =>
      (item.content?.[0]?.content ?? []).map((node) => node.text).join(""),
    );
    expect(items).toEqual([
      "Palazzina di via Roma, 300 mq (Cooperativa Meta, 4 voti)",
      "Alloggi sfitti (Cooperativa Meta, 2 voti)",
      'Sfratti "per morosità", in crescita (La Cordata, 2 voti)',
    ]);
  });

  it("records its reference and keeps the id on the list in Yjs", () => {
    const doc = quoted();
    expect(readBoardOutputRefs(doc)).toEqual([REF]);
    expect(referencedBoardOutputs(documentContentJSON(doc))).toEqual(["q1"]);
  });

  it("cannot be frozen until the server has read its material from the board", () => {
    const result = canonicalDocumentFromYDoc(quoted());
    expect(result).toEqual({ ok: false, problems: ["board output q1: not read from its board"] });
  });

  it("freezes with its material, which is part of the hash", () => {
    const doc = quoted();
    writeBoardMaterials(doc, new Map([["q1", { boardTitle: "Bisogni", extract: extract() }]]));
    const first = canonical(doc);
    const { id, boardId, source, heading } = REF;
    expect(first.document.boardOutputs).toEqual([
      { id, boardId, source, heading, boardTitle: "Bisogni", extract: extract() },
    ]);
    writeBoardMaterials(doc, new Map([["q1", { boardTitle: "Bisogni", extract: extract({}) }]]));
    expect(canonical(doc).canonical).not.toBe(first.canonical);
    writeBoardMaterials(doc, new Map([["q1", { boardTitle: "Bisogni", extract: null }]]));
    expect(canonical(doc).document.boardOutputs?.[0]?.extract).toBeNull();
  });

  it("leaves the frozen text once its list is deleted, and an unknown reference is ignored", () => {
    const doc = quoted();
    writeBoardMaterials(doc, new Map([["q1", { boardTitle: "Bisogni", extract: extract() }]]));
    removeNodes(doc, (type) => type === "bulletList");
    expect(canonical(doc).document).not.toHaveProperty("boardOutputs");

    const copied = proposal();
    const nodes = boardOutputNodes("elsewhere", "Bisogni", extract());
    const content = [...(documentContentJSON(copied).content ?? []), ...nodes];
    prosemirrorToYXmlFragment(
      documentSchema().nodeFromJSON({ type: "doc", content }),
      documentContent(copied),
    );
    expect(canonical(copied).document).not.toHaveProperty("boardOutputs");
  });

  it("changes nothing in the canonical form of a document that quotes no board", () => {
    expect(canonical(proposal()).canonical).not.toContain("boardOutputs");
  });
});
