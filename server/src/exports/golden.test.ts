import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { goldenExport, LINK, ORGANISATIONS } from "./golden-document.ts";
import { render } from "./render.ts";

const NBSP = "\u00a0";
/** The piano economico as the editor shows it: 450.000 PNRR, 100.000 and 50.000 from partners. */
const BUDGET = [
  "Costo totale del progetto",
  `600.000,00${NBSP}€`,
  "Copertura per fonte",
  "75,00 %",
  "16,67 %",
  "8,33 %",
  `Co-finanziamento degli enti partner: 150.000,00${NBSP}€ (25,00 % del costo totale), di cui 100.000,00${NBSP}€ in natura.`,
  `${ORGANISATIONS.coop}: 100.000,00${NBSP}€ (66,67 % del co-finanziamento)`,
  `${ORGANISATIONS.aps}: 50.000,00${NBSP}€ (33,33 % del co-finanziamento)`,
];
const COVER = ["PNRR M5C2 1.3.2", "H91B21003940006", "Testo concordato", "b".repeat(64)];
const TEXTS = [
  "grassetto",
  "corsivo",
  "sottolineato",
  "barrato",
  "il bando",
  "Seconda riga dopo un a capo.",
  "Obiettivi specifici",
  "Dettaglio degli obiettivi",
  "Sotto-punto annidato",
  "Passo due",
  "Citazione dal verbale della seduta",
  "Ente in grassetto",
  "Sportello di orientamento",
];

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const squash = (text: string) => text.replace(/\s+/g, " ");
/** pdftotext joins a word hyphenated at a line's end: compare without hyphens. */
const unhyphen = (text: string) => squash(text).replace(/-/g, "");
/** The text of XML without its tags or entities for `&`, so phrases split over runs read whole. */
const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");

function zipParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([p, d]) => [p, strFromU8(d)]));
}

function expectAllIn(text: string, expected: readonly string[]) {
  for (const phrase of expected) expect(text, phrase).toContain(phrase);
}

describe("the golden export: every node and mark reaches every format", () => {
  const document = goldenExport();

  it("HTML: marks as elements, a clickable link, nested lists, quote, rule, headings, tables", async () => {
    const html = utf8(await render(document, "html"));
    expect(html).toContain("<strong>grassetto</strong>");
    expect(html).toContain("<em>corsivo</em>");
    expect(html).toContain("<u>sottolineato</u>");
    expect(html).toContain("<s>barrato</s>");
    expect(html).toContain("<strong><em>grassetto corsivo</em></strong>");
    expect(html).toContain(`<a href="${LINK.replace("&", "&amp;")}">il bando</a>`);
    expect(html).toContain(".<br>Seconda riga");
    expect(html).toMatch(
      /<ul><li><p>Primo punto<\/p><ul><li><p>Sotto-punto annidato<\/p><\/li><\/ul><\/li>/,
    );
    expect(html).toContain("<ol><li><p>Passo uno</p></li><li><p>Passo due</p></li></ol>");
    expect(html).toContain("<blockquote><p>Citazione dal verbale della seduta</p></blockquote>");
    expect(html).toContain("<hr>");
    expect(html).toContain("<h3>Obiettivi specifici</h3><h4>Dettaglio degli obiettivi</h4>");
    expect(html).toContain("<td><strong>Ente in grassetto</strong></td>");
    expect(html).toContain("<tfoot><tr><td><strong>Costo totale del progetto</strong></td>");
    expectAllIn(xmlText(html), [...TEXTS, ...BUDGET, ...COVER]);
  });

  it("Markdown: emphasis, strike, underline, a link, nested and numbered lists, quote, rule", async () => {
    const md = utf8(await render(document, "md"));
    expect(md).toContain("**grassetto**");
    expect(md).toContain("*corsivo*");
    expect(md).toContain("<u>sottolineato</u>");
    expect(md).toContain("~~barrato~~");
    expect(md).toContain("***grassetto corsivo***");
    expect(md).toContain(`[il bando](<${LINK}>).  \nSeconda riga`);
    expect(md).toContain("- Primo punto\n  - Sotto-punto annidato\n- Secondo punto");
    expect(md).toContain("1. Passo uno\n2. Passo due");
    expect(md).toContain("> Citazione dal verbale della seduta");
    expect(md).toContain("\n---\n");
    expect(md).toContain("### Obiettivi specifici\n\n#### Dettaglio degli obiettivi");
    expect(md).toContain("| **Ente in grassetto** | 12 |");
    expectAllIn(md, [...TEXTS, ...BUDGET, ...COVER]);
  });

  it("DOCX: w:b, w:i, w:u, w:strike runs, a hyperlink to the address, numbered levels, tables", async () => {
    const parts = zipParts(await render(document, "docx"));
    const xml = parts["word/document.xml"] ?? "";
    const run = (props: string, text: string) =>
      new RegExp(
        `<w:r><w:rPr>(?:(?!</w:rPr>).)*${props}(?:(?!</w:rPr>).)*</w:rPr><w:t[^>]*>${text}</w:t></w:r>`,
      );
    expect(xml).toMatch(run("<w:b/>", "grassetto"));
    expect(xml).toMatch(run("<w:i/>", "corsivo"));
    expect(xml).toMatch(run('<w:u w:val="single"/>', "sottolineato"));
    expect(xml).toMatch(run("<w:strike/>", "barrato"));
    const link =
      /<w:hyperlink[^>]* r:id="([^"]+)"[^>]*>[\s\S]*?il bando[\s\S]*?<\/w:hyperlink>/.exec(xml);
    expect(link).not.toBeNull();
    const rels = parts["word/_rels/document.xml.rels"] ?? "";
    expect(rels).toContain(
      `Id="${link?.[1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${LINK.replace("&", "&amp;")}" TargetMode="External"`,
    );
    expect(xml).toMatch(/<w:ilvl w:val="1"\/>[\s\S]*?Sotto-punto annidato/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?Obiettivi specifici/);
    expect(xml).toMatch(
      /<w:tc>(?:(?!<\/w:tc>)[\s\S])*<w:b\/>(?:(?!<\/w:tc>)[\s\S])*Ente in grassetto/,
    );
    expect(xml).toContain("<w:br/>");
    expect(parts["word/styles.xml"]).toContain('<w:lang w:val="it-IT"/>');
    expectAllIn(xmlText(xml), [...TEXTS, ...BUDGET, ...COVER]);
  });

  it("ODT: text spans in bold, italic, underline and strike styles, text:a, nested text:list", async () => {
    const xml = zipParts(await render(document, "odt"))["content.xml"] ?? "";
    const span = (mask: number, text: string) =>
      `<text:span text:style-name="M${mask}">${text}</text:span>`;
    expect(xml).toContain(span(1, "grassetto"));
    expect(xml).toContain(span(2, "corsivo"));
    expect(xml).toContain(span(4, "sottolineato"));
    expect(xml).toContain(span(8, "barrato"));
    expect(xml).toContain(span(3, "grassetto corsivo"));
    expect(xml).toMatch(
      /<style:style style:name="M1" style:family="text"><style:text-properties fo:font-weight="bold"\/>/,
    );
    expect(xml).toContain(
      `<text:a xlink:type="simple" xlink:href="${LINK.replace("&", "&amp;")}">`,
    );
    expect(xml).toMatch(
      /<text:list [^>]*><text:list-item><text:p[^>]*>Primo punto<\/text:p><text:list [^>]*><text:list-item><text:p[^>]*>Sotto-punto annidato/,
    );
    expect(xml).toContain('text:outline-level="2">Obiettivi specifici</text:h>');
    expect(xml).toMatch(
      /<table:table-cell[^>]*><text:p[^>]*><text:span text:style-name="M1">Ente in grassetto/,
    );
    expect(xml).toContain("<text:line-break/>Seconda riga");
    expectAllIn(xmlText(xml), [...TEXTS, ...BUDGET, ...COVER]);
  });

  it("PDF: the text, a link annotation to the address, italic faces, tags, bookmarks, dates", async () => {
    const bytes = await render(document, "pdf");
    const text = squash(
      execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: bytes }).toString(),
    );
    expectAllIn(unhyphen(text), [...TEXTS, ...BUDGET, ...COVER].map(unhyphen));
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toContain(`/S /URI\n/URI (${LINK})`);
    expect(raw).toMatch(/\/Subtype \/Link/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+TitilliumWeb-Italic/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+TitilliumWeb-BoldItalic/);
    for (const tag of [
      "H1",
      "H2",
      "H3",
      "P",
      "L",
      "LI",
      "Lbl",
      "LBody",
      "Table",
      "TR",
      "TH",
      "TD",
      "Link",
      "BlockQuote",
    ]) {
      expect(raw, tag).toContain(`/S /${tag}\n`);
    }
    const info = execFileSync("pdfinfo", ["-isodates", "-"], { input: bytes }).toString();
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(raw).toContain("/Lang (it-IT)");
    expect(raw).toContain("/Outlines");
    expect(raw).toContain("/Title (Analisi del contesto e dei bisogni)");
    expect(raw).toContain("<xmp:ModifyDate>2026-11-23T09:00:00Z</xmp:ModifyDate>");
    expect(raw).toContain("<xmp:CreateDate>2026-11-23T09:00:00Z</xmp:CreateDate>");
    // The Info dictionary's dates are the XMP's: the version's freeze time.
    expect(info).toMatch(/CreationDate:\s+2026-11-23T09:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2026-11-23T09:00:00Z/);
  });

  it("gives the same bytes every time, in every format", async () => {
    for (const format of ["pdf", "docx", "odt", "md", "html"] as const) {
      const [a, b] = await Promise.all([
        render(goldenExport(), format),
        render(goldenExport(), format),
      ]);
      expect(Buffer.from(a).equals(Buffer.from(b)), format).toBe(true);
    }
  });
});

const hasSoffice = spawnSync("soffice", ["--version"]).status === 0;
if (!hasSoffice) {
  console.info("soffice is not installed: the LibreOffice rendering of DOCX and ODT is skipped");
}

describe("LibreOffice reads the word-processor exports", () => {
  it.skipIf(!hasSoffice)(
    "converts the DOCX and the ODT to PDF with every text and figure in them",
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "tavolo-soffice-"));
      try {
        for (const format of ["docx", "odt"] as const) {
          const file = path.join(dir, `golden.${format}`);
          await writeFile(file, await render(goldenExport(), format));
          execFileSync(
            "soffice",
            [
              `-env:UserInstallation=file://${dir}/profile`,
              "--headless",
              "--convert-to",
              "pdf",
              "--outdir",
              path.join(dir, format),
              file,
            ],
            { timeout: 120_000 },
          );
          const pdf = await readFile(path.join(dir, format, "golden.pdf"));
          const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
            input: pdf,
          }).toString();
          expectAllIn(unhyphen(text), [...TEXTS, ...BUDGET, ...COVER].map(unhyphen));
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
