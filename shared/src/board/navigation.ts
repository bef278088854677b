import { type BoardFrame, frameOf } from "./frames.ts";
import { type Rect, readingOrder } from "./geometry.ts";

/**
 * The order Tab and the arrow keys walk the notes in, and the order a screen reader lists them:
 * frame by frame (frames in reading order), each frame's notes in reading order, then the notes
 * outside any frame. Reading a 2×2 matrix row by row across quadrants would mix their notes.
 */
export function keyboardOrder<T extends Rect & { id: string }>(
  notes: readonly T[],
  frames: readonly BoardFrame[],
): T[] {
  const byFrame = new Map<string | null, T[]>();
  for (const note of notes) {
    const key = frameOf(note, frames)?.id ?? null;
    const group = byFrame.get(key) ?? [];
    group.push(note);
    byFrame.set(key, group);
  }
  const groups = [...readingOrder(frames).map((frame) => frame.id), null];
  return groups.flatMap((key) => readingOrder(byFrame.get(key) ?? []));
}

/**
 * The note `step` places after (1) or before (-1) `currentId` in `order`; the first or last
 * note when nothing is focused yet; null past either end, so focus can leave the board.
 */
export function stepInOrder(
  order: readonly { id: string }[],
  currentId: string | null,
  step: 1 | -1,
): string | null {
  const index = currentId === null ? -1 : order.findIndex((note) => note.id === currentId);
  if (index === -1) return (step === 1 ? order[0] : order.at(-1))?.id ?? null;
  return order[index + step]?.id ?? null;
}
