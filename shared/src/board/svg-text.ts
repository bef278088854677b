/**
 * Text helpers for the SVG export: line wrapping (escaping is the shared `escapeXml`). SVG has
 * no automatic line breaks, and the export must be the same wherever it is made (browser or server), so
 * widths are estimated from a table of average glyph widths instead of measured with a font.
 */

const NARROW = new Set("iljtfrI.,;:'!|()[]{}`".split(""));
const WIDE = new Set("mwMW@%".split(""));

/** Estimated width of one character, in ems of a humanist sans-serif (Titillium, Arial). */
function charWidth(char: string): number {
  if (char === " ") return 0.27;
  if (NARROW.has(char)) return 0.3;
  if (WIDE.has(char)) return 0.85;
  if (char >= "A" && char <= "Z") return 0.64;
  if (char >= "0" && char <= "9") return 0.55;
  return 0.52;
}

/** Estimated width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

export interface WrapOptions {
  maxWidth: number;
  fontSize: number;
  /** Lines that fit; the last one kept ends with "…" when text was left out. */
  maxLines: number;
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces where possible, inside a word only
 * when the word alone is too wide. Line breaks typed in the note are kept.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    lines.push(...wrapParagraph(paragraph, options));
  }
  if (lines.length <= options.maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, options.maxLines));
  const last = kept.pop();
  if (last === undefined) return [];
  return [...kept, ellipsis(last, options)];
}

function wrapParagraph(paragraph: string, { maxWidth, fontSize }: WrapOptions): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    for (const piece of splitWord(word, maxWidth, fontSize)) {
      if (line) lines.push(line);
      line = piece;
    }
  }
  lines.push(line);
  return lines;
}

/** A word too wide for a line, cut into pieces that fit (at least one character each). */
function splitWord(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece && textWidth(piece + char, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function ellipsis(line: string, { maxWidth, fontSize }: WrapOptions): string {
  let cut = line.trimEnd();
  while (cut && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}

/** A number written short for an SVG attribute: at most one decimal. */
export function svgNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
