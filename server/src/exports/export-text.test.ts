import { execFileSync } from "node:child_process";
import { isXmlText } from "@tavolo/shared";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { type ExportDocument, plainRuns } from "./model.ts";
import { render } from "./render.ts";

/** What a paste can bring: Word's line break (U+000B), other C0 controls, lone surrogates. */
const PASTED = "Riga uno\u000Briga due\u0000\u0007\u001F fine\uD800 \uDFFF\uFFFE";
const MARKUP = `Casa & <b onclick="x()">lavoro</b> 'ok'`;

function document(): ExportDocument {
  return {
    title: `Proposta ${MARKUP} ${PASTED}`,
    procedureTitle: `Procedura ${PASTED}`,
    amministrazione: "Comune di Pero",
    legalBasis: "art. 55 D.Lgs. 117/2017",
    fundingLine: `Fondi ${PASTED}`,
    cup: "",
    organisations: [
      { id: "o1", name: `Coop ${MARKUP}\u000B`, type: "cooperativa_sociale", role: "partner" },
    ],
    versionLine: "Versione 1 — Uno",
    draft: false,
    author: `Anna ${MARKUP}\u0008`,
    date: new Date("2026-03-03T16:30:00Z"),
    hash: "a".repeat(64),
    verifyUrl: `https://tavolo.example/verifica?h=${"a".repeat(64)}`,
    approvals: [{ organisation: "Coop", answer: `modifiche richieste: ${PASTED}` }],
    agreed: false,
    previousHash: null,
    sections: [
      {
        title: `Contesto ${PASTED}`,
        blocks: [
          { kind: "paragraph", runs: plainRuns(`${MARKUP}\n${PASTED}`) },
          { kind: "heading", level: 3, runs: plainRuns(PASTED) },
          {
            kind: "list",
            ordered: false,
            start: 1,
            items: [[{ kind: "paragraph", runs: plainRuns(PASTED, { bold: true }) }]],
          },
          {
            kind: "table",
            table: {
              caption: PASTED,
              columns: [plainRuns("Voce"), plainRuns("Importo")],
              rows: [[plainRuns(MARKUP), plainRuns(PASTED)]],
              footer: [plainRuns("Totale"), plainRuns(PASTED)],
              grid: false,
            },
          },
        ],
      },
    ],
  };
}

/** Parses `xml` with saxes, a conformant XML 1.0 parser: throws on any well-formedness error. */
function parseXml(xml: string): string {
  let text = "";
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("text", (chunk) => {
    text += chunk;
  });
  parser.write(xml).close();
  return text;
}

const XML_PARTS = /\.xml$/;

function packageParts(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    if (XML_PARTS.test(path)) parts[path] = strFromU8(data);
  }
  return parts;
}

describe("exports of text pasted with characters XML forbids", () => {
  for (const format of ["odt", "docx"] as const) {
    it(`writes a well-formed ${format} whose text keeps what can be printed`, async () => {
      const parts = packageParts(await render(document(), format));
      expect(Object.keys(parts).length).toBeGreaterThan(2);
      for (const [path, xml] of Object.entries(parts)) {
        expect(() => parseXml(xml), path).not.toThrow();
      }
      const content = format === "odt" ? parts["content.xml"] : parts["word/document.xml"];
      const text = parseXml(content ?? "");
      expect(text).toContain("Riga uno");
      expect(text).toContain("riga due fine");
      expect(text).toContain(MARKUP);
    });
  }

  it("writes an HTML page in which pasted markup stays text", async () => {
    const html = new TextDecoder().decode(await render(document(), "html"));
    expect(html).not.toContain("<b onclick");
    expect(html).toContain("Casa &amp; &lt;b onclick=&quot;x()&quot;&gt;lavoro&lt;/b&gt;");
    expect(isXmlText(html)).toBe(true);
  });

  it("writes PDF metadata (XMP) that is well-formed XML and says the title as typed", async () => {
    const bytes = await render(document(), "pdf");
    const raw = Buffer.from(bytes).toString("latin1");
    const start = raw.indexOf("<x:xmpmeta");
    const end = raw.indexOf("</x:xmpmeta>") + "</x:xmpmeta>".length;
    expect(start).toBeGreaterThan(0);
    const xmp = Buffer.from(raw.slice(start, end), "latin1").toString("utf8");
    expect(parseXml(xmp)).toContain(`Proposta ${MARKUP}`);
    const info = execFileSync("pdfinfo", ["-"], { input: bytes }).toString();
    expect(info).toContain(`Title:           Proposta ${MARKUP}`);
  });
});

describe("the Markdown export", () => {
  it("prints raw HTML and Markdown syntax from people as literal text", async () => {
    const d = document();
    d.sections = [
      {
        title: "Contesto",
        blocks: [
          {
            kind: "paragraph",
            runs: plainRuns("<script>alert(1)</script> e <img src=x onerror=alert(1)>"),
          },
          {
            kind: "paragraph",
            runs: plainRuns("[clicca](javascript:alert(1)) *non enfasi* `codice`"),
          },
          {
            kind: "paragraph",
            runs: plainRuns("# non un titolo\n1. non un elenco\n    non codice"),
          },
          { kind: "heading", level: 3, runs: plainRuns("<!-- commento -->") },
        ],
      },
    ];
    const md = new TextDecoder().decode(await render(d, "md"));
    expect(md).not.toMatch(/<(script|img|!--)/);
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(md).toContain("\\[clicca\\](javascript:alert(1)) \\*non enfasi\\* \\`codice\\`");
    expect(md).toContain(
      "\\# non un titolo  \n1\\. non un elenco  \n&#32;&#32;&#32;&#32;non codice",
    );
    expect(md).toContain("### &lt;!-- commento --&gt;");
  });

  it("puts marks and links around literal text, as tags where delimiters could be misread", async () => {
    const d = document();
    const marks = { bold: false, italic: false, underline: false, strike: false };
    d.sections = [
      {
        title: "Contesto",
        blocks: [
          {
            kind: "paragraph",
            runs: [
              { text: "<b>*non* enfasi</b>", marks: { ...marks, bold: true }, link: null },
              { text: " vedi ", marks, link: null },
              { text: "qui", marks, link: "https://example.org/a_(b) c" },
              { text: " e ", marks, link: null },
              { text: "parola", marks: { ...marks, italic: true }, link: null },
            ],
          },
        ],
      },
    ];
    const md = new TextDecoder().decode(await render(d, "md"));
    expect(md).toContain(
      "<strong>&lt;b&gt;\\*non\\* enfasi&lt;/b&gt;</strong> vedi [qui](<https://example.org/a_(b)%20c>) e *parola*",
    );
  });
});
