import { AlignmentType, LevelFormat } from "docx";
import type { ExportBlock } from "./model.ts";

/** Nine list levels of one format, each indented 0.25 in more, the marker hanging. */
function levels(
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: (l: number) => string,
  start = 1,
) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 + 360 * level, hanging: 360 } } },
  }));
}

/** The bullet list definition: • and ◦ by level. */
export const BULLETS = {
  reference: "elenco-puntato",
  levels: levels(LevelFormat.BULLET, (l) => (l % 2 === 0 ? "•" : "◦")),
};

/** A numbered list definition per first number (almost always 1). */
export function numbered(start: number) {
  return {
    reference: `elenco-numerato-${start}`,
    levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`, start),
  };
}

/** The first numbers of the numbered lists, nested and quoted ones included. */
export function orderedStarts(blocks: readonly ExportBlock[]): number[] {
  return blocks.flatMap((b) => {
    if (b.kind === "list")
      return [...(b.ordered ? [b.start] : []), ...b.items.flatMap(orderedStarts)];
    return b.kind === "quote" ? orderedStarts(b.blocks) : [];
  });
}
