import type { ToolInsets } from "../viewport.ts";

/**
 * How far the tools floating over the canvas (BoardView's `.tavolo-stage__top` and `__bottom`)
 * reach into it, from their boxes on screen: fitting the board leaves that space free.
 */
export function toolInsets(canvas: HTMLElement | null): ToolInsets {
  const stage = canvas?.parentElement;
  if (!canvas || !stage) return { top: 0, bottom: 0 };
  const box = canvas.getBoundingClientRect();
  const top = stage.querySelector(".tavolo-stage__top")?.getBoundingClientRect();
  const bottom = stage.querySelector(".tavolo-stage__bottom")?.getBoundingClientRect();
  return {
    top: top ? Math.max(0, top.bottom - box.top) : 0,
    bottom: bottom ? Math.max(0, box.bottom - bottom.top) : 0,
  };
}
