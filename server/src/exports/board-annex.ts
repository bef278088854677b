import {
  type CanonicalBoardOutput,
  type CanonicalDocument,
  fullAttribution,
  itemLine,
  outputLabel,
} from "@tavolo/shared";
import { type ExportBlock, type ExportSection, plainRuns } from "./model.ts";

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
  const heading: ExportBlock = { kind: "heading", level: 3, runs: plainRuns(`${board}, ${label}`) };
  if (!output.extract) {
    const text = "Non più presente sulla lavagna al momento del congelamento.";
    return [heading, { kind: "paragraph", runs: plainRuns(text) }];
  }
  if (output.extract.items.length === 0) {
    const text = "Nessuna nota al momento del congelamento.";
    return [heading, { kind: "paragraph", runs: plainRuns(text) }];
  }
  const items = output.extract.items.map((item) => [
    { kind: "paragraph" as const, runs: plainRuns(`${itemLine(item)} (${fullAttribution(item)})`) },
  ]);
  return [heading, { kind: "list", ordered: false, start: 1, items }];
}

/** The annex "Materiali dalle lavagne", or null when the text quotes no board. */
export function boardAnnex(document: CanonicalDocument): ExportSection | null {
  const outputs = document.boardOutputs ?? [];
  if (outputs.length === 0) return null;
  return {
    title: BOARD_ANNEX_TITLE,
    blocks: [{ kind: "paragraph", runs: plainRuns(INTRO) }, ...outputs.flatMap(outputBlocks)],
  };
}
