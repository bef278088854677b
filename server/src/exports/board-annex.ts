import {
  type CanonicalBoardOutput,
  type CanonicalDocument,
  fullAttribution,
  itemLine,
  outputLabel,
} from "@tavolo/shared";
import type { ExportBlock, ExportSection } from "./model.ts";

export const BOARD_ANNEX_TITLE = "Materiali dalle lavagne";

const INTRO =
  "Le note delle lavagne da cui il testo riprende elenchi, come erano sulle lavagne al momento " +
  "del congelamento, con autore, ente e voti ricevuti. Fanno parte del testo congelato e della " +
  "sua impronta.";

function outputBlocks(output: CanonicalBoardOutput): ExportBlock[] {
  const label = outputLabel({
    source: output.source,
    heading: output.extract?.heading ?? output.heading,
  });
  const board =
    output.boardTitle === null ? "Lavagna non disponibile" : `Lavagna «${output.boardTitle}»`;
  const heading: ExportBlock = { kind: "heading", text: `${board}, ${label}` };
  if (!output.extract) {
    const text = "Non più presente sulla lavagna al momento del congelamento.";
    return [heading, { kind: "paragraph", text }];
  }
  if (output.extract.items.length === 0) {
    return [heading, { kind: "paragraph", text: "Nessuna nota al momento del congelamento." }];
  }
  return [
    heading,
    ...output.extract.items.map((item) => ({
      kind: "bullet" as const,
      text: `• ${itemLine(item)} (${fullAttribution(item)})`,
    })),
  ];
}

/** The annex "Materiali dalle lavagne", or null when the text quotes no board. */
export function boardAnnex(document: CanonicalDocument): ExportSection | null {
  const outputs = document.boardOutputs ?? [];
  if (outputs.length === 0) return null;
  return {
    title: BOARD_ANNEX_TITLE,
    blocks: [{ kind: "paragraph", text: INTRO }, ...outputs.flatMap(outputBlocks)],
  };
}
