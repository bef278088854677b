import type { Viewport } from "@tavolo/shared";
import { type RefObject, useEffect } from "react";
import type { Room } from "../sync/openRoom.ts";
import { toolInsets } from "./layout/toolInsets.ts";
import { contentRects } from "./noteActions.ts";
import { fitTo } from "./viewport.ts";

/**
 * Once the board has loaded, shows all of it (never smaller than `minZoom`, from its top-left),
 * below the tools floating over the canvas's top edge.
 */
export function useInitialFit(
  room: Room,
  canvas: RefObject<HTMLElement | null>,
  setViewport: (update: (view: Viewport) => Viewport) => void,
  minZoom = 0.6,
): void {
  useEffect(() => {
    const showAll = () => {
      const size = { w: canvas.current?.clientWidth ?? 0, h: canvas.current?.clientHeight ?? 0 };
      const rects = contentRects(room.doc);
      const insets = toolInsets(canvas.current);
      setViewport((view) => {
        const fitted = fitTo(view, rects, size, insets);
        if (fitted.zoom >= minZoom || rects.length === 0) return fitted;
        const left = Math.min(...rects.map((rect) => rect.x));
        const top = Math.min(...rects.map((rect) => rect.y));
        return { x: left - 40 / minZoom, y: top - (40 + insets.top) / minZoom, zoom: minZoom };
      });
    };
    if (room.provider.synced) {
      showAll();
      return;
    }
    const onSync = (synced: boolean) => {
      if (!synced) return;
      room.provider.off("sync", onSync);
      showAll();
    };
    room.provider.on("sync", onSync);
    return () => room.provider.off("sync", onSync);
  }, [room, canvas, setViewport, minZoom]);
}
