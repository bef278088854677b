import { documentSchema } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import { sectionKeyAt } from "./commentDraft.ts";

const heading = (sectionKey: string, title: string) => ({
  type: "sectionHeading",
  attrs: { sectionKey },
  content: [{ type: "text", text: title }],
});
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("the section of a comment", () => {
  const doc = documentSchema().nodeFromJSON({
    type: "doc",
    content: [
      paragraph("Premessa"),
      heading("analisi_contesto", "Analisi"),
      paragraph("Contesto"),
      heading("obiettivi", "Obiettivi"),
      paragraph("Ridurre i tempi"),
    ],
  });
  const at = (text: string) => {
    let found = -1;
    doc.descendants((node, pos) => {
      if (found === -1 && node.isText && node.text === text) found = pos;
    });
    return found;
  };

  it("is the last section heading before the text, or none before the first", () => {
    expect(sectionKeyAt(doc, at("Premessa"))).toBeNull();
    expect(sectionKeyAt(doc, at("Contesto"))).toBe("analisi_contesto");
    expect(sectionKeyAt(doc, at("Ridurre i tempi"))).toBe("obiettivi");
  });
});
