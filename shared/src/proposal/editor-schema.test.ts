import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { canonicalContent } from "./canonical.ts";
import { documentExtensions, documentSchema } from "./editor-schema.ts";
import { buildInitialContent } from "./initial-content.ts";
import type { PMNodeJSON } from "./prosemirror-json.ts";
import { getProposalTemplate, PROPOSAL_TEMPLATES } from "./templates/registry.ts";

function roundTrip(json: PMNodeJSON): PMNodeJSON {
  const fragment = new Y.Doc().getXmlFragment("content");
  prosemirrorJSONToYXmlFragment(documentSchema(), json, fragment);
  return yXmlFragmentToProsemirrorJSON(fragment) as PMNodeJSON;
}

describe("document editor schema", () => {
  it("builds in Node, without a browser", () => {
    const schema = getSchema(documentExtensions());
    expect(Object.keys(schema.nodes)).toEqual(
      expect.arrayContaining([
        "doc",
        "paragraph",
        "sectionHeading",
        "structuredBlock",
        "bulletList",
      ]),
    );
    expect(schema.nodes.codeBlock).toBeUndefined();
    expect(schema.marks.code).toBeUndefined();
  });

  it("requires the section key of a section heading and the ids of a block", () => {
    const schema = documentSchema();
    expect(() => schema.nodeFromJSON({ type: "sectionHeading", content: [] })).toThrow();
    expect(() =>
      schema.nodeFromJSON({ type: "structuredBlock", attrs: { blockType: "cronoprogramma" } }),
    ).toThrow();
  });

  it("keeps a table written in the text, header row included, through Yjs", () => {
    const cell = (type: string, text: string): PMNodeJSON => ({
      type,
      attrs: { colspan: 1, rowspan: 1, colwidth: null },
      content: [{ type: "paragraph", content: [{ type: "text", text }] }],
    });
    const table: PMNodeJSON = {
      type: "doc",
      content: [
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [cell("tableHeader", "Ente"), cell("tableHeader", "Ore")],
            },
            { type: "tableRow", content: [cell("tableCell", "Coop"), cell("tableCell", "120")] },
          ],
        },
      ],
    };
    expect(() => documentSchema().nodeFromJSON(table).check()).not.toThrow();
    expect(canonicalContent(roundTrip(table))).toEqual(canonicalContent(table));
  });

  it("falls back to a paragraph after a section heading, never a second heading", () => {
    const schema = documentSchema();
    expect(schema.nodes.doc?.contentMatch.defaultType?.name).toBe("paragraph");
  });

  it.each(PROPOSAL_TEMPLATES.map((t) => [t.id, t] as const))(
    "accepts the initial content of %s and keeps it through Yjs unchanged",
    (_id, template) => {
      const json = buildInitialContent(template);
      expect(() => documentSchema().nodeFromJSON(json).check()).not.toThrow();
      expect(roundTrip(json)).toEqual(json);
    },
  );

  it("keeps a section's prefilled lines as paragraphs", () => {
    const json = buildInitialContent(getProposalTemplate("verbale-seduta"), {
      prefill: { seduta: ["Seduta n. 3 del 12 marzo 2025, ore 10:00", "Luogo: Sala consiliare"] },
    });
    const texts = (json.content ?? []).slice(1, 3).map((node) => node.content?.[0]?.text);
    expect(texts).toEqual(["Seduta n. 3 del 12 marzo 2025, ore 10:00", "Luogo: Sala consiliare"]);
    expect(() => documentSchema().nodeFromJSON(json).check()).not.toThrow();
  });

  it("reads back formatted text as the editor wrote it, once both are canonical", () => {
    const schema = documentSchema();
    const written = schema.nodeFromJSON({
      type: "doc",
      content: [
        {
          type: "sectionHeading",
          attrs: { sectionKey: "azioni" },
          content: [{ type: "text", text: "Azioni" }],
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Azione 1: ", marks: [{ type: "bold" }, { type: "italic" }] },
            {
              type: "text",
              text: "avviso",
              marks: [{ type: "link", attrs: { href: "https://comune.example/avviso" } }],
            },
            { type: "hardBreak" },
            { type: "text", text: "fine" },
          ],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "Mensa" }] }],
            },
          ],
        },
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Dettaglio" }] },
      ],
    });
    written.check();
    const fromEditor = written.toJSON() as PMNodeJSON;
    const fromYjs = roundTrip(fromEditor);
    expect(canonicalContent(fromYjs)).toEqual(canonicalContent(fromEditor));
    expect(() => schema.nodeFromJSON(fromYjs).check()).not.toThrow();
  });
});
