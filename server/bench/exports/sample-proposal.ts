import {
  type BlockData,
  CANONICAL_FORMAT,
  type CanonicalDocument,
  type PMNodeJSON,
} from "@tavolo/shared";
import type { ExportDocument } from "../../src/exports/model.ts";
import { exportSections } from "../../src/exports/sections.ts";

const SENTENCE =
  "Il Centro servizi offre un punto unitario di accoglienza, orientamento e presa in carico " +
  "per le persone in condizione di grave marginalità, in rete con i servizi sociali del Comune, " +
  "le Cucine Economiche Popolari e le cooperative del territorio. ";

const ORGANISATIONS: Record<string, string> = {
  comune: "Comune di Padova",
  giotto: "Cooperativa sociale Giotto",
  casa: "Associazione di promozione sociale Casa della Carità Angelo Abriani",
};

const text = (value: string, ...marks: string[]): PMNodeJSON => ({
  type: "text",
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});

/** A long paragraph with the formatting people use: bold, italic, underline and a link. */
const paragraph = (i: number): PMNodeJSON => ({
  type: "paragraph",
  content: [
    text(`${i + 1}. `),
    text("Obiettivo: ", "bold"),
    text(SENTENCE.repeat(2)),
    text("in coerenza con il Piano sociale di zona", "italic"),
    text(", "),
    text("entro i tempi del bando", "underline"),
    text(" ("),
    {
      type: "text",
      text: "avviso pubblico",
      marks: [{ type: "link", attrs: { href: "https://www.comune.padova.it/avviso" } }],
    },
    text("). "),
    text(SENTENCE.repeat(2)),
  ],
});

const item = (label: string): PMNodeJSON => ({
  type: "listItem",
  content: [{ type: "paragraph", content: [text(label)] }],
});

function section(s: number): PMNodeJSON[] {
  return [
    {
      type: "sectionHeading",
      attrs: { sectionKey: `s${s}` },
      content: [text(`${s + 1}. Sezione della proposta progettuale`)],
    },
    { type: "heading", attrs: { level: 3 }, content: [text("Obiettivi e attività")] },
    ...Array.from({ length: 9 }, (_, p) => paragraph(p)),
    {
      type: "bulletList",
      content: Array.from({ length: 5 }, (_, b) => item(`Risultato atteso ${b + 1}`)),
    },
  ];
}

const block = (key: string, blockType: string, title: string): PMNodeJSON[] => [
  { type: "sectionHeading", attrs: { sectionKey: key }, content: [text(title)] },
  { type: "structuredBlock", attrs: { blockType, blockId: key } },
];

function cronoprogramma(activities: number, months: number): BlockData {
  return {
    type: "cronoprogramma",
    spanMonths: months,
    firstMonth: "2026-01",
    activities: Array.from({ length: activities }, (_, a) => ({
      id: `a${a}`,
      name: `Attività ${a + 1}: accompagnamento all'autonomia abitativa`,
      responsibleOrganisationId: a % 2 === 0 ? "giotto" : "casa",
      months: Array.from({ length: months }, (_, m) => m + 1).filter((m) => (m + a) % 3 === 0),
    })),
  };
}

function pianoEconomico(items: number): BlockData {
  const financers = [
    { kind: "fund", source: "pnrr" },
    { kind: "organisation", organisationId: "giotto" },
    { kind: "organisation", organisationId: "casa" },
  ] as const;
  return {
    type: "pianoEconomico",
    items: Array.from({ length: items }, (_, i) => ({
      id: `c${i}`,
      description: `Voce ${i + 1}: educatore professionale, 18 mesi`,
      category: "personale",
      amountCents: 2_400_000,
      financedBy: financers[i % 3] ?? financers[0],
      inKind: i % 3 === 2,
    })),
  };
}

/**
 * A proposal of about thirty printed pages, built as the editor stores it and put through the
 * same `exportSections` as a frozen version: ten sections of long formatted paragraphs, a
 * 24-month cronoprogramma of 20 activities and a 60-row piano economico with its coverage and
 * co-financing.
 */
export function sampleProposal(): ExportDocument {
  const content: PMNodeJSON = {
    type: "doc",
    content: [
      ...Array.from({ length: 10 }, (_, s) => section(s)).flat(),
      ...block("cronoprogramma", "cronoprogramma", "11. Cronoprogramma"),
      ...block("piano_economico", "pianoEconomico", "12. Piano economico"),
    ],
  };
  const document: CanonicalDocument = {
    format: CANONICAL_FORMAT,
    templateId: null,
    templateVersion: null,
    content,
    blocks: { cronoprogramma: cronoprogramma(20, 24), piano_economico: pianoEconomico(60) },
  };
  return {
    title: "Proposta progettuale",
    procedureTitle: "Centro servizi per il contrasto alla povertà",
    amministrazione: "Comune di Padova",
    legalBasis: "art. 55 D.Lgs. 117/2017",
    fundingLine: "PNRR M5C2 – Investimento 1.3.2 «Stazioni di posta»",
    cup: "H91B21003940006",
    organisations: [
      { id: "comune", name: ORGANISATIONS.comune ?? "", type: "comune", role: "capofila" },
      {
        id: "giotto",
        name: ORGANISATIONS.giotto ?? "",
        type: "cooperativa_sociale",
        role: "partner",
      },
      { id: "casa", name: ORGANISATIONS.casa ?? "", type: "associazione", role: "partner" },
    ],
    versionLine: "Versione 2 — Testo per l'approvazione",
    draft: false,
    author: "Giulia Rossi",
    date: new Date("2026-11-23T09:00:00Z"),
    hash: "0".repeat(64),
    verifyUrl: `https://tavolo.example/verifica?h=${"0".repeat(64)}`,
    approvals: [{ organisation: "Cooperativa sociale Giotto", answer: "approvato" }],
    agreed: true,
    previousHash: "1".repeat(64),
    sections: exportSections(document, (id) => ORGANISATIONS[id] ?? "ente non più presente"),
  };
}
