import { buildCanonicalDocument, type PMNodeJSON, type SuggestionAttrs } from "@tavolo/shared";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toDocx } from "./docx.ts";
import { goldenExport } from "./golden-document.ts";
import type { ExportDocument } from "./model.ts";
import { exportSections } from "./sections.ts";

const bruno: SuggestionAttrs = {
  id: "s1",
  authorId: "p-bruno",
  authorName: "Bruno Verdi",
  organisationId: "girasole",
  createdAt: "2026-12-03T18:00:00.000Z",
};

/** A section whose paragraph has plain text, a proposed insertion and a proposed deletion. */
const content: PMNodeJSON = {
  type: "doc",
  content: [
    {
      type: "sectionHeading",
      attrs: { sectionKey: "analisi_contesto" },
      content: [{ type: "text", text: "Contesto" }],
    },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Il quartiere ha " },
        { type: "text", text: "circa ", marks: [{ type: "insertion", attrs: bruno }] },
        {
          type: "text",
          text: "400 famiglie",
          marks: [{ type: "deletion", attrs: { ...bruno, id: "s2" } }],
        },
        { type: "text", text: "." },
      ],
    },
  ],
};

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
}

function exportOf(keepSuggestions: boolean): ExportDocument {
  const built = buildCanonicalDocument({
    meta: null,
    content,
    readBlock: () => ({ ok: false, problem: "missing" }),
    keepSuggestions,
  });
  if (!built.ok) throw new Error(built.problems.join());
  return { ...goldenExport(), draft: true, sections: exportSections(built.document, () => "?") };
}

describe("a live draft's DOCX with pending suggestions", () => {
  it("carries them as Word tracked changes with author and date", async () => {
    const xml = documentXml(await toDocx(exportOf(true)));
    expect(xml).toMatch(
      /<w:ins w:id="1" w:author="Bruno Verdi" w:date="2026-12-03T18:00:00.000Z"><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">circa <\/w:t><\/w:r><\/w:ins>/,
    );
    expect(xml).toMatch(
      /<w:del w:id="2" w:author="Bruno Verdi" w:date="2026-12-03T18:00:00.000Z"><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">400 famiglie<\/w:delText><\/w:r><\/w:del>/,
    );
  });

  it("has none when the text is taken as a freeze takes it", async () => {
    const xml = documentXml(await toDocx(exportOf(false)));
    expect(xml).not.toContain("<w:ins ");
    expect(xml).not.toContain("<w:del ");
    expect(xml).not.toContain("circa");
    expect(xml).toContain("Il quartiere ha 400 famiglie.");
  });
});
