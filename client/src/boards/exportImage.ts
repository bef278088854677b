import { type BoardSvg, boardToSvg, readBoard } from "@tavolo/shared";
import type * as Y from "yjs";
import { boardFileName, downloadBlob } from "./download.ts";

export interface ImageExportInput {
  board: Y.Doc;
  /** The board's photos' bytes by hash (see photoDataUrls), embedded so the file stands alone. */
  pictures?: ReadonlyMap<string, string>;
  organisations: Readonly<Record<string, string>>;
  counts: Readonly<Record<string, number>> | undefined;
  title: string;
  lang: "it" | "en";
}

function render(input: ImageExportInput): BoardSvg {
  return boardToSvg(readBoard(input.board), {
    organisations: new Map(Object.entries(input.organisations)),
    counts: input.counts,
    title: input.title,
    lang: input.lang,
    pictures: input.pictures,
  });
}

export function downloadBoardSvg(input: ImageExportInput): void {
  const { svg } = render(input);
  downloadBlob(new Blob([svg], { type: "image/svg+xml" }), boardFileName(input.title, "svg"));
}

/**
 * Browsers refuse canvases much larger than this (Safari caps the area at 16.7 megapixels,
 * Chromium each side at 32767 px): a big board is drawn at a smaller scale instead of failing.
 */
const MAX_PIXELS = 16_000_000;
const MAX_SIDE = 16_000;

/** The scale to draw a picture of `width` × `height` at: `wanted`, unless the canvas would be too big. */
export function rasterScale(width: number, height: number, wanted = 2): number {
  const byArea = Math.sqrt(MAX_PIXELS / Math.max(1, width * height));
  const bySide = MAX_SIDE / Math.max(1, width, height);
  return Math.min(wanted, byArea, bySide);
}

/** Loads the SVG as an image: the browser renders it the same way it would show the file. */
function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("the board picture could not be drawn"));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/** The board as a PNG at twice its size (sharp on a projector), through the SVG export. */
export async function downloadBoardPng(input: ImageExportInput): Promise<void> {
  const { svg, width, height } = render(input);
  const image = await loadImage(svg);
  const scale = rasterScale(width, height);
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw pictures");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("the PNG could not be made");
  downloadBlob(blob, boardFileName(input.title, "png"));
}
