import { escapeXml } from "@tavolo/shared";
import type { ExportMarks, ExportRun } from "./model.ts";

const MARK_BITS: [keyof ExportMarks, number, string][] = [
  ["bold", 1, 'fo:font-weight="bold"'],
  ["italic", 2, 'fo:font-style="italic"'],
  [
    "underline",
    4,
    'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"',
  ],
  ["strike", 8, 'style:text-line-through-style="solid"'],
];

/** The text style of one combination of marks: "M1" bold, "M3" bold italic... */
const styleName = (mask: number) => `M${mask}`;

/** Every combination of marks as an automatic text style, and the link style. */
export const MARK_STYLES = Array.from({ length: 15 }, (_, i) => i + 1)
  .map((mask) => {
    const properties = MARK_BITS.filter(([, bit]) => mask & bit)
      .map(([, , xml]) => xml)
      .join(" ");
    return `<style:style style:name="${styleName(mask)}" style:family="text"><style:text-properties ${properties}/></style:style>`;
  })
  .join("")
  .concat(
    '<style:style style:name="Link" style:family="text"><style:text-properties fo:color="#0066cc" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>',
  );

function runXml(run: ExportRun): string {
  let xml = escapeXml(run.text).replace(/\n/g, "<text:line-break/>");
  const mask = MARK_BITS.reduce((sum, [mark, bit]) => (run.marks[mark] ? sum + bit : sum), 0);
  if (mask > 0) xml = `<text:span text:style-name="${styleName(mask)}">${xml}</text:span>`;
  if (!run.link) return xml;
  const href = escapeXml(run.link);
  return `<text:a xlink:type="simple" xlink:href="${href}"><text:span text:style-name="Link">${xml}</text:span></text:a>`;
}

/** Runs as the inline content of a text:p or text:h. */
export function runsXml(runs: readonly ExportRun[]): string {
  return runs.map(runXml).join("");
}
