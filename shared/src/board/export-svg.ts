import { escapeXml } from "../xml/xml-text.ts";
import { clusterBounds } from "./clusters.ts";
import { NOTE_COLOURS, resolveNoteColour } from "./colours.ts";
import { type BoardConnector, connectorLine } from "./connectors.ts";
import { clusterLabelSpot, FRAME_TEXT, frameText } from "./export-svg-labels.ts";
import type { BoardFrame } from "./frames.ts";
import { type Rect, unionBounds } from "./geometry.ts";
import type { BoardImage } from "./images.ts";
import type { BoardLabel } from "./labels.ts";
import type { BoardNote } from "./notes.ts";
import { type BoardSnapshot, type OrganisationNames, organisationName } from "./snapshot.ts";
import { svgNumber as n, textWidth, wrapText } from "./svg-text.ts";

/**
 * The board as a standalone SVG picture (no external font, image or stylesheet), for the
 * verbale, a slide or the protocol: frames, cluster outlines, arrows, labels and notes with
 * their text, author and organisation, and each note's votes once a vote has closed. A hidden
 * card (private writing not yet revealed) is drawn as a hatched card saying only whose it is:
 * its text is not in the board at all.
 */
export interface BoardSvgOptions {
  organisations: OrganisationNames;
  /** Per-note counts of a closed vote, drawn as a badge on each voted note. */
  counts?: Readonly<Record<string, number>>;
  /** Written above the board, and as the picture's accessible title. */
  title?: string;
  lang?: "it" | "en";
  /**
   * The photos' bytes as data URLs by hash, so the picture stays standalone; a photo missing
   * here is drawn as a grey box with its description.
   */
  pictures?: ReadonlyMap<string, string>;
}

export interface BoardSvg {
  svg: string;
  /** Size of the picture in CSS pixels (board units at zoom 1). */
  width: number;
  height: number;
}

const WORDS = {
  it: {
    hidden: "Nota nascosta",
    empty: "Lavagna vuota",
    votes: (v: number) => (v === 1 ? "1 voto" : `${v} voti`),
  },
  en: {
    hidden: "Hidden note",
    empty: "Empty board",
    votes: (v: number) => (v === 1 ? "1 vote" : `${v} votes`),
  },
} as const;

const MARGIN = 40;
const HEADING = 60;
const CLUSTER_PAD = 18;
const FONT = "'Titillium Web', Arial, 'Liberation Sans', Helvetica, sans-serif";
const INK = "#17324d";
const LABEL_FONT = { piccolo: 16, medio: 22, grande: 36 } as const;

export function boardToSvg(board: BoardSnapshot, options: BoardSvgOptions): BoardSvg {
  const words = WORDS[options.lang ?? "it"];
  const clusterRects = board.clusters.flatMap((cluster) => {
    const bounds = clusterBounds(cluster.id, board.notes);
    return bounds ? [{ name: cluster.name, rect: pad(bounds, CLUSTER_PAD) }] : [];
  });
  const content = unionBounds([
    ...board.frames,
    ...board.notes,
    ...board.labels,
    ...(board.images ?? []),
    ...clusterRects.map(({ rect }) => ({ ...rect, y: rect.y - 26, h: rect.h + 26 })),
  ]) ?? { x: 0, y: 0, w: 320, h: 120 };
  const heading = options.title ? HEADING : 0;
  const box = {
    x: content.x - MARGIN,
    y: content.y - MARGIN - heading,
    w: content.w + 2 * MARGIN,
    h: content.h + 2 * MARGIN + heading,
  };
  const notesById = new Map(board.notes.map((note) => [note.id, note]));
  const frameTextBoxes = board.frames.map((frame) => frameText(frame).box);
  const body = [
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="#f6f7f9"/>`,
    options.title ? headingSvg(options.title, box) : "",
    board.notes.length + board.frames.length + board.labels.length + (board.images?.length ?? 0) ===
    0
      ? textSvg([words.empty], { x: content.x + 20, y: content.y + 60, size: 22, fill: "#5c6f82" })
      : "",
    ...board.frames.map(frameSvg),
    ...(board.images ?? []).map((image) => imageSvg(image, options.pictures)),
    ...clusterRects.map(({ name, rect }) => clusterSvg(name, rect, frameTextBoxes)),
    ...board.labels.map(labelSvg),
    ...board.connectors.map((connector) => connectorSvg(connector, notesById)),
    ...board.notes.map((note) => noteSvg(note, options, words)),
  ];
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(box.w)}" height="${n(box.h)}" viewBox="${n(box.x)} ${n(box.y)} ${n(box.w)} ${n(box.h)}" font-family="${escapeXml(FONT)}">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : "",
    DEFS,
    ...body,
    "</svg>",
  ]
    .filter(Boolean)
    .join("\n");
  return { svg, width: Math.ceil(box.w), height: Math.ceil(box.h) };
}

const DEFS = [
  "<defs>",
  '<marker id="tavolo-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">',
  `<path d="M0,0 L10,5 L0,10 z" fill="${INK}"/>`,
  "</marker>",
  '<pattern id="tavolo-hidden" width="20" height="20" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">',
  '<rect width="10" height="20" fill="#ffffff" fill-opacity="0.45"/>',
  "</pattern>",
  "</defs>",
].join("\n");

function pad(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, w: rect.w + 2 * by, h: rect.h + 2 * by };
}

interface TextStyle {
  x: number;
  y: number;
  size: number;
  fill?: string;
  weight?: number;
  italic?: boolean;
  lineHeight?: number;
}

/** Lines of text, the first baseline at `y`, one `tspan` per line. */
function textSvg(lines: readonly string[], style: TextStyle): string {
  if (lines.length === 0) return "";
  const step = style.size * (style.lineHeight ?? 1.3);
  const attributes = [
    `x="${n(style.x)}"`,
    `y="${n(style.y)}"`,
    `font-size="${style.size}"`,
    `fill="${style.fill ?? "#1a1a1a"}"`,
    style.weight ? `font-weight="${style.weight}"` : "",
    style.italic ? 'font-style="italic"' : "",
  ].filter(Boolean);
  const spans = lines.map(
    (line, index) =>
      `<tspan x="${n(style.x)}"${index === 0 ? "" : ` dy="${n(step)}"`}>${escapeXml(line)}</tspan>`,
  );
  return `<text ${attributes.join(" ")}>${spans.join("")}</text>`;
}

function headingSvg(title: string, box: Rect): string {
  const lines = wrapText(title, { maxWidth: box.w - 2 * MARGIN, fontSize: 26, maxLines: 1 });
  return textSvg(lines, { x: box.x + MARGIN, y: box.y + MARGIN, size: 26, weight: 700, fill: INK });
}

function frameSvg(frame: BoardFrame): string {
  const tint = frame.colour ? NOTE_COLOURS[frame.colour].hex : "#ffffff";
  const { title, prompt, promptTop } = frameText(frame);
  return [
    "<g>",
    `<rect x="${n(frame.x)}" y="${n(frame.y)}" width="${n(frame.w)}" height="${n(frame.h)}" rx="12" fill="${tint}" fill-opacity="0.3" stroke="${frame.colour ? tint : "#c5c7c9"}" stroke-width="2"/>`,
    textSvg(title, {
      x: frame.x + 20,
      y: frame.y + 16 + 26,
      size: FRAME_TEXT.title,
      weight: 700,
      fill: INK,
      lineHeight: FRAME_TEXT.titleLine,
    }),
    textSvg(prompt, { x: frame.x + 20, y: promptTop, size: FRAME_TEXT.prompt, fill: "#33485c" }),
    "</g>",
  ].join("");
}

/** A group's dashed outline and its name on a white pill, kept off the frames' titles. */
function clusterSvg(name: string, rect: Rect, frameTextBoxes: readonly Rect[]): string {
  const spot = clusterLabelSpot(name, rect, frameTextBoxes);
  const { box } = spot;
  return [
    "<g>",
    `<rect x="${n(rect.x)}" y="${n(rect.y)}" width="${n(rect.w)}" height="${n(rect.h)}" rx="16" fill="none" stroke="#5c6f82" stroke-width="2" stroke-dasharray="8 6"/>`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="6" fill="#ffffff" fill-opacity="0.9"/>`,
    textSvg([spot.text], { x: spot.x, y: spot.baseline, size: 16, weight: 700, fill: "#33485c" }),
    "</g>",
  ].join("");
}

function imageSvg(image: BoardImage, pictures: ReadonlyMap<string, string> | undefined): string {
  const box = `x="${n(image.x)}" y="${n(image.y)}" width="${n(image.w)}" height="${n(image.h)}"`;
  const picture = pictures?.get(image.hash);
  if (picture) {
    return `<image ${box} href="${escapeXml(picture)}" preserveAspectRatio="xMidYMid meet"><title>${escapeXml(image.alt)}</title></image>`;
  }
  const alt = wrapText(image.alt, { maxWidth: image.w - 24, fontSize: 16, maxLines: 3 });
  return [
    "<g>",
    `<rect ${box} fill="#e8eaed" stroke="#5c6f82"/>`,
    textSvg(alt, { x: image.x + 12, y: image.y + 28, size: 16, fill: "#33485c" }),
    "</g>",
  ].join("");
}

function labelSvg(label: BoardLabel): string {
  const size = LABEL_FONT[label.size];
  const lines = wrapText(label.text, { maxWidth: label.w, fontSize: size, maxLines: 20 });
  const weight = label.size === "grande" ? 700 : 600;
  return textSvg(lines, { x: label.x, y: label.y + size, size, weight, fill: INK });
}

function connectorSvg(connector: BoardConnector, notes: ReadonlyMap<string, BoardNote>): string {
  const from = notes.get(connector.from);
  const to = notes.get(connector.to);
  if (!from || !to) return "";
  const segment = connectorLine(from, to);
  if (!segment) return "";
  const { from: start, to: end } = segment;
  const line = `<line x1="${n(start.x)}" y1="${n(start.y)}" x2="${n(end.x)}" y2="${n(end.y)}" stroke="${INK}" stroke-width="2.5" marker-end="url(#tavolo-arrow)"/>`;
  if (!connector.label) return line;
  const middle = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const text = wrapText(connector.label, { maxWidth: 240, fontSize: 15, maxLines: 1 })[0] ?? "";
  const width = textWidth(text, 15) + 16;
  return [
    "<g>",
    line,
    `<rect x="${n(middle.x - width / 2)}" y="${n(middle.y - 13)}" width="${n(width)}" height="24" rx="12" fill="#ffffff" stroke="${INK}"/>`,
    `<text x="${n(middle.x)}" y="${n(middle.y + 5)}" font-size="15" text-anchor="middle" fill="${INK}">${escapeXml(text)}</text>`,
    "</g>",
  ].join("");
}

function noteSvg(
  note: BoardNote,
  options: BoardSvgOptions,
  words: (typeof WORDS)[keyof typeof WORDS],
): string {
  const colour = NOTE_COLOURS[resolveNoteColour(note)].hex;
  const inner = note.w - 28;
  const organisation = organisationName(options.organisations, note.organisationId);
  const author = organisation ? `${note.authorName} · ${organisation}` : note.authorName;
  // Attribution matters more than the last line of text: it gets up to two lines of its own.
  const authorLines = wrapText(author, { maxWidth: inner, fontSize: 13, maxLines: 2 });
  const authorTop = note.y + note.h - 10 - (authorLines.length - 1) * 13 * 1.3;
  const firstBaseline = note.y + 12 + 17;
  const lastBaseline = authorTop - 13 - 6;
  const maxLines = Math.max(1, 1 + Math.floor((lastBaseline - firstBaseline) / (18 * 1.3)));
  const body = note.hidden
    ? textSvg([words.hidden], { x: note.x + 14, y: firstBaseline, size: 18, italic: true })
    : textSvg(wrapText(note.text, { maxWidth: inner, fontSize: 18, maxLines }), {
        x: note.x + 14,
        y: firstBaseline,
        size: 18,
      });
  const votes = options.counts?.[note.id] ?? 0;
  return [
    "<g>",
    `<rect x="${n(note.x)}" y="${n(note.y)}" width="${n(note.w)}" height="${n(note.h)}" rx="4" fill="${colour}" stroke="#000000" stroke-opacity="0.12"/>`,
    note.hidden
      ? `<rect x="${n(note.x)}" y="${n(note.y)}" width="${n(note.w)}" height="${n(note.h)}" rx="4" fill="url(#tavolo-hidden)"/>`
      : "",
    body,
    textSvg(authorLines, { x: note.x + 14, y: authorTop, size: 13, fill: "#404040" }),
    votes > 0 ? voteBadge(note, words.votes(votes)) : "",
    "</g>",
  ].join("");
}

function voteBadge(note: BoardNote, text: string): string {
  const width = textWidth(text, 15) + 20;
  const x = note.x + note.w + 10 - width;
  const y = note.y - 12;
  return [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="24" rx="12" fill="#0066cc"/>`,
    `<text x="${n(x + width / 2)}" y="${n(y + 17)}" font-size="15" font-weight="700" text-anchor="middle" fill="#ffffff">${escapeXml(text)}</text>`,
  ].join("");
}
