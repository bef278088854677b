import { describe, expect, it } from "vitest";
import { canonicalContent, canonicalMarks } from "./canonical.ts";
import { canonicalString } from "./canonical-json.ts";
import type { PMNodeJSON } from "./prosemirror-json.ts";

const doc = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: "doc", content });
const p = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: "paragraph", content });
const text = (value: string, marks?: PMNodeJSON["marks"]): PMNodeJSON =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const canonical = (node: PMNodeJSON) => canonicalString(canonicalContent(node));

describe("canonical content", () => {
  it("does not depend on the order of keys, marks or attributes (C1, C5)", () => {
    const a = doc(
      p(text("Sì", [{ type: "bold" }, { type: "link", attrs: { href: "u", title: null } }])),
    );
    const b: PMNodeJSON = {
      content: [
        {
          content: [
            {
              marks: [
                { attrs: { href: "u" }, type: "link" },
                { type: "bold", attrs: {} },
              ],
              text: "Sì",
              type: "text",
            },
          ],
          type: "paragraph",
        },
      ],
      type: "doc",
    };
    expect(canonical(a)).toBe(canonical(b));
  });

  it("leaves out null attributes and empty attrs, content and marks (C2)", () => {
    const result = canonicalContent(
      doc({ type: "paragraph", attrs: { textAlign: null }, content: [], marks: [] }, p(text("a"))),
    );
    expect(result).toEqual(doc({ type: "paragraph" }, p(text("a"))));
  });

  it("normalises text to NFC and line endings to LF, and nothing else (C3)", () => {
    const result = canonicalContent(doc(p(text("Citta\u0300  con\u00a0spazi \r\nfine\r "))));
    expect(result).toEqual(doc(p(text("Città  con\u00a0spazi \nfine\n "))));
  });

  it("joins neighbouring text with the same marks before normalising, drops empty text (C4)", () => {
    const bold = [{ type: "bold" }];
    const result = canonicalContent(
      doc(p(text("Citta", bold), text(""), text("\u0300 aperta", bold), text(" e libera"))),
    );
    expect(result).toEqual(doc(p(text("Città aperta", bold), text(" e libera"))));
  });

  it("drops comment marks and repeated marks (C5)", () => {
    expect(
      canonicalMarks([
        { type: "comment", attrs: { id: "c1" } },
        { type: "italic" },
        { type: "italic", attrs: {} },
      ]),
    ).toEqual([{ type: "italic" }]);
    expect(canonical(doc(p(text("testo", [{ type: "comment", attrs: { id: "c1" } }]))))).toBe(
      canonical(doc(p(text("testo")))),
    );
  });

  it("drops empty paragraphs at the end only, keeping one block (C6)", () => {
    const empty = { type: "paragraph" };
    expect(canonicalContent(doc(p(text("a")), empty, p(text("b")), empty, empty))).toEqual(
      doc(p(text("a")), empty, p(text("b"))),
    );
    expect(canonicalContent(doc(empty, empty))).toEqual(doc(empty));
    expect(canonicalContent(doc(p(text(" "))))).toEqual(doc(p(text(" "))));
  });

  it("keeps attribute values, block nodes and unknown node types as they are (C7)", () => {
    const block = {
      type: "structuredBlock",
      attrs: { blockId: " x ", blockType: "cronoprogramma" },
    };
    const custom = { type: "futureNode", attrs: { level: 0, flag: false } };
    expect(canonicalContent(doc(block, custom))).toEqual(doc(block, custom));
  });

  it("drops keys that are not part of ProseMirror's JSON (C1)", () => {
    const node = { ...p(text("a")), id: "x", selection: 3 } as PMNodeJSON;
    expect(canonicalContent(doc(node))).toEqual(doc(p(text("a"))));
  });
});
