import type { ExportDocument, ExportSection, ExportTable } from "../../src/exports/model.ts";

const SENTENCE =
  "Il Centro servizi offre un punto unitario di accoglienza, orientamento e presa in carico " +
  "per le persone in condizione di grave marginalità, in rete con i servizi sociali del Comune, " +
  "le Cucine Economiche Popolari e le cooperative del territorio. ";

const paragraph = (i: number) => `${i + 1}. ${SENTENCE.repeat(5)}`;

function cronoprogramma(activities: number, months: number): ExportTable {
  return {
    caption: "Cronoprogramma",
    columns: ["Attività", "Responsabile", ...Array.from({ length: months }, (_, m) => `M${m + 1}`)],
    rows: Array.from({ length: activities }, (_, a) => [
      `Attività ${a + 1}: accompagnamento all'autonomia abitativa`,
      "Cooperativa sociale Giotto",
      ...Array.from({ length: months }, (_, m) => ((m + a) % 3 === 0 ? "■" : "")),
    ]),
    footer: null,
    grid: true,
  };
}

function budget(items: number): ExportTable {
  return {
    caption: "Piano economico",
    columns: ["Voce di costo", "Categoria", "Finanziata da", "Importo"],
    rows: Array.from({ length: items }, (_, i) => [
      `Voce ${i + 1}: educatore professionale, 18 mesi`,
      "Personale",
      i % 2 === 0 ? "PNRR" : "Cooperativa sociale Giotto",
      "24.000,00 €",
    ]),
    footer: ["Totale", "", "", `${(items * 24_000).toLocaleString("it-IT")},00 €`],
    grid: false,
  };
}

/**
 * A proposal of about thirty printed pages: ten sections of long paragraphs, a 24-month
 * cronoprogramma of 20 activities and a 60-row budget.
 */
export function sampleProposal(): ExportDocument {
  const sections: ExportSection[] = Array.from({ length: 10 }, (_, s) => ({
    title: `${s + 1}. Sezione della proposta progettuale`,
    blocks: [
      { kind: "heading" as const, text: "Obiettivi e attività" },
      ...Array.from({ length: 9 }, (_, p) => ({ kind: "paragraph" as const, text: paragraph(p) })),
      ...Array.from({ length: 5 }, (_, b) => ({
        kind: "bullet" as const,
        text: `Risultato atteso ${b + 1}`,
      })),
    ],
  }));
  sections.push({
    title: "11. Cronoprogramma",
    blocks: [{ kind: "table", table: cronoprogramma(20, 24) }],
  });
  sections.push({ title: "12. Piano economico", blocks: [{ kind: "table", table: budget(60) }] });
  return {
    title: "Proposta progettuale",
    procedureTitle: "Centro servizi per il contrasto alla povertà",
    amministrazione: "Comune di Padova",
    legalBasis: "art. 55 D.Lgs. 117/2017",
    organisations: [
      { id: "c", name: "Comune di Padova", type: "comune", role: "capofila" },
      { id: "g", name: "Cooperativa sociale Giotto", type: "cooperativa_sociale", role: "partner" },
    ],
    versionLine: "Versione 1 — Testo per l'approvazione",
    draft: false,
    author: "Giulia Rossi",
    date: new Date("2026-11-23T09:00:00Z"),
    hash: "0".repeat(64),
    verifyUrl: `https://tavolo.example/verifica?h=${"0".repeat(64)}`,
    approvals: [{ organisation: "Cooperativa sociale Giotto", answer: "approvato" }],
    sections,
  };
}
