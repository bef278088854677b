import type { BoardFrame } from "./frames.ts";
import type { Rect } from "./geometry.ts";
import { rectsTouch } from "./placement.ts";
import { textWidth, wrapText } from "./svg-text.ts";

/** Type sizes of a frame's title and prompt in the exported picture (see frameSvg). */
export const FRAME_TEXT = { title: 28, prompt: 18, titleLine: 1.2, promptLine: 1.3 } as const;

/** A frame's wrapped title and prompt, and the area they cover, so nothing else is drawn there. */
export function frameText(frame: BoardFrame): {
  title: string[];
  prompt: string[];
  promptTop: number;
  box: Rect;
} {
  const inner = frame.w - 40;
  const title = wrapText(frame.title, { maxWidth: inner, fontSize: FRAME_TEXT.title, maxLines: 2 });
  const prompt = wrapText(frame.prompt, {
    maxWidth: inner * 0.9,
    fontSize: FRAME_TEXT.prompt,
    maxLines: 3,
  });
  const promptTop = frame.y + 16 + 28 + title.length * FRAME_TEXT.title * FRAME_TEXT.titleLine + 6;
  const bottom = promptTop + prompt.length * FRAME_TEXT.prompt * FRAME_TEXT.promptLine;
  return {
    title,
    prompt,
    promptTop,
    box: { x: frame.x + 16, y: frame.y + 12, w: inner, h: bottom - frame.y - 12 },
  };
}

const LABEL_SIZE = 16;

/**
 * Where a group's name goes: above its dashed outline, unless that would write over a frame's
 * title or prompt; then just inside the outline's top, then just below it. The returned point
 * is the text's baseline start, with the box it covers (for the white pill drawn under it).
 */
export function clusterLabelSpot(
  name: string,
  outline: Rect,
  blocked: readonly Rect[],
): { text: string; x: number; baseline: number; box: Rect } {
  const text =
    wrapText(name, { maxWidth: Math.max(outline.w, 200), fontSize: LABEL_SIZE, maxLines: 1 })[0] ??
    "";
  const width = textWidth(text, LABEL_SIZE) + 12;
  const at = (baseline: number) => ({
    text,
    x: outline.x + 4,
    baseline,
    box: { x: outline.x - 2, y: baseline - LABEL_SIZE - 2, w: width, h: LABEL_SIZE + 8 },
  });
  const spots = [
    at(outline.y - 8),
    at(outline.y + LABEL_SIZE + 6),
    at(outline.y + outline.h + LABEL_SIZE + 6),
  ];
  return (
    spots.find((spot) => blocked.every((rect) => !rectsTouch(spot.box, rect, 0))) ??
    spots[0] ??
    at(outline.y - 8)
  );
}
