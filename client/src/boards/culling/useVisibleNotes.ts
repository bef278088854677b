import type { NoteRect, Viewport } from "@tavolo/shared";
import { type FocusEvent, useMemo, useRef, useState } from "react";
import { useBoard } from "../boardContext.ts";
import { visibleRect } from "../minimapGeometry.ts";
import { useSelection } from "../selection.ts";
import { cullArea, visibleIds } from "./cull.ts";
import { useMountedInBatches } from "./useMountedInBatches.ts";

/**
 * The note with keyboard focus, from focus events bubbling up to the world layer: kept rendered
 * while the view pans away from it (Alt+arrows), so focus is never dropped onto the page.
 */
export function useFocusedNote() {
  const [focused, setFocused] = useState<string | null>(null);
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>("[data-note-id]")?.dataset.noteId;
    setFocused(id ?? null);
  };
  return { focused, onFocus };
}

/**
 * The ids of the notes to render, in keyboard order: those in or near the view (see cullArea)
 * plus the selected, edited and focused ones, new ones mounted a batch per frame, those inside
 * the view first (useMountedInBatches). The same array while that set is the same, so the
 * memoised note layer skips panning and zooming that stays inside the culled area.
 */
export function useVisibleNotes(
  ordered: readonly NoteRect[],
  viewport: Viewport,
  size: { w: number; h: number },
  focused: string | null,
  moving: () => boolean,
): string[] {
  const { selection, editing } = useBoard();
  const selected = useSelection(selection);
  const keep = useMemo(() => {
    const ids = new Set(selected);
    if (editing) ids.add(editing);
    if (focused) ids.add(focused);
    return ids;
  }, [selected, editing, focused]);
  const area = cullArea(viewport, size);
  const [x, y, w, h] = area ? [area.x, area.y, area.w, area.h] : [0, 0, 0, 0];
  const ids = useMemo(
    () => visibleIds(ordered, w > 0 ? { x, y, w, h } : null, keep),
    [ordered, x, y, w, h, keep],
  );
  const wanted = useSameList(ids);
  const inView = useMemo(() => {
    if (size.w <= 0) return new Set<string>();
    return new Set(visibleIds(ordered, visibleRect(viewport, size), new Set()));
  }, [ordered, viewport, size]);
  return useSameList(useMountedInBatches(wanted, inView, keep, moving));
}

/** The same array as last render while its ids are the same, for the memoised note layer. */
function useSameList(ids: string[]): string[] {
  const last = useRef(ids);
  const same = last.current.length === ids.length && ids.every((id, i) => last.current[i] === id);
  if (!same) last.current = ids;
  return last.current;
}
