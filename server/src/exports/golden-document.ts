import {
  addActivity,
  addCostItem,
  blockMap,
  type CanonicalDocument,
  canonicalDocumentFromYDoc,
  documentSchema,
  getProposalTemplate,
  initialiseDocument,
  type PMNodeJSON,
} from "@tavolo/shared";
import * as Y from "yjs";
import type { ExportDocument } from "./model.ts";
import { exportSections } from "./sections.ts";

/**
 * A proposal with every node and mark the editor can write and every structured block, for the
 * golden export test and the export benchmark's sample: checked against the editor's schema.
 */
export const ORGANISATIONS = {
  coop: "Cooperativa sociale Il Ponte Onlus",
  aps: "Associazione di promozione sociale Casa della Carità Angelo Abriani",
} as const;

export const LINK = "https://example.org/bando?anno=2026&lotto=2";

const text = (value: string, ...marks: string[]): PMNodeJSON => ({
  type: "text",
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: "paragraph", content });
const item = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: "listItem", content });
const cell = (type: string, ...content: PMNodeJSON[]): PMNodeJSON => ({
  type,
  content: [paragraph(...content)],
});

/** The text nodes of the golden section: each kind of node and mark once at least. */
export function goldenNodes(): PMNodeJSON[] {
  return [
    paragraph(
      text("Testo normale, "),
      text("grassetto", "bold"),
      text(", "),
      text("corsivo", "italic"),
      text(", "),
      text("sottolineato", "underline"),
      text(", "),
      text("barrato", "strike"),
      text(", "),
      text("grassetto corsivo", "bold", "italic"),
      text(" e "),
      { type: "text", text: "il bando", marks: [{ type: "link", attrs: { href: LINK } }] },
      text("."),
      { type: "hardBreak" },
      text("Seconda riga dopo un a capo."),
    ),
    { type: "heading", attrs: { level: 3 }, content: [text("Obiettivi specifici")] },
    { type: "heading", attrs: { level: 4 }, content: [text("Dettaglio degli obiettivi")] },
    {
      type: "bulletList",
      content: [
        item(paragraph(text("Primo punto")), {
          type: "bulletList",
          content: [item(paragraph(text("Sotto-punto annidato")))],
        }),
        item(paragraph(text("Secondo punto"))),
      ],
    },
    {
      type: "orderedList",
      attrs: { start: 1 },
      content: [item(paragraph(text("Passo uno"))), item(paragraph(text("Passo due")))],
    },
    { type: "blockquote", content: [paragraph(text("Citazione dal verbale della seduta"))] },
    { type: "horizontalRule" },
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [cell("tableHeader", text("Ente")), cell("tableHeader", text("Ore"))],
        },
        {
          type: "tableRow",
          content: [
            cell("tableCell", text("Ente in grassetto", "bold")),
            cell("tableCell", text("12")),
          ],
        },
      ],
    },
  ];
}

function withBlocks(): Y.Doc {
  const doc = new Y.Doc();
  initialiseDocument(doc, getProposalTemplate("proposta-art55"));
  const crono = blockMap(doc, "cronoprogramma");
  const piano = blockMap(doc, "piano_economico");
  if (!crono || !piano) throw new Error("the template has no cronoprogramma or piano economico");
  addActivity(crono, {
    name: "Sportello di orientamento",
    responsibleOrganisationId: "aps",
    months: [1, 2, 3],
  });
  addActivity(crono, {
    name: "Accompagnamento abitativo",
    responsibleOrganisationId: "coop",
    months: [4, 5],
  });
  const org = (organisationId: string) => ({ kind: "organisation" as const, organisationId });
  const items = [
    {
      description: "Educatori",
      category: "personale",
      amountCents: 45_000_000,
      financedBy: { kind: "fund", source: "pnrr" },
      inKind: false,
    },
    {
      description: "Locali messi a disposizione",
      category: "immobili",
      amountCents: 10_000_000,
      financedBy: org("coop"),
      inKind: true,
    },
    {
      description: "Volontari",
      category: "personale",
      amountCents: 5_000_000,
      financedBy: org("aps"),
      inKind: false,
    },
  ] as const;
  for (const input of items) addCostItem(piano, input);
  return doc;
}

/** The golden proposal as frozen: the template's sections, the golden nodes in the first. */
export function goldenCanonical(): CanonicalDocument {
  const result = canonicalDocumentFromYDoc(withBlocks());
  if (!result.ok) throw new Error(result.problems.join("; "));
  const [first, ...rest] = result.document.content.content ?? [];
  const content = {
    ...result.document.content,
    content: [...(first ? [first] : []), ...goldenNodes(), ...rest],
  };
  // Only what the editor itself could have stored: throws on a node or mark it does not know.
  documentSchema().nodeFromJSON(content).check();
  return { ...result.document, content };
}

/** The golden proposal as an agreed version 2 of a PNRR procedure with a CUP. */
export function goldenExport(): ExportDocument {
  const names: Record<string, string> = ORGANISATIONS;
  return {
    title: "Proposta progettuale",
    procedureTitle: "Stazione di posta di Padova",
    amministrazione: "Comune di Padova",
    legalBasis: "art. 55 D.Lgs. 117/2017",
    fundingLine: "PNRR M5C2 1.3.2",
    cup: "H91B21003940006",
    organisations: [
      { id: "coop", name: ORGANISATIONS.coop, type: "cooperativa_sociale", role: "capofila" },
      { id: "aps", name: ORGANISATIONS.aps, type: "associazione", role: "partner" },
    ],
    versionLine: "Versione 2 — Testo per l'approvazione",
    draft: false,
    author: "Giulia Rossi",
    date: new Date("2026-11-23T09:00:00Z"),
    hash: "a".repeat(64),
    verifyUrl: `https://tavolo.comune.padova.example/verifica?h=${"a".repeat(64)}`,
    approvals: [{ organisation: ORGANISATIONS.coop, answer: "approvato" }],
    agreed: true,
    previousHash: "b".repeat(64),
    sections: exportSections(goldenCanonical(), (id) => names[id] ?? "?"),
  };
}
