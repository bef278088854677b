import { useEffect, useMemo, useRef, useState } from "react";

/**
 * Time a batch of new notes may take to render and commit, ms. Mounting a few hundred at once
 * (opening a large board, zooming out) took one frame of hundreds of milliseconds
 * (server/bench/board-render); in batches the view stays fluid and fills in over a few frames.
 */
const BATCH_BUDGET_MS = 8;
/** The first batch, and the bounds the batch size adapts within (notes per frame). */
const FIRST_BATCH = 20;
const MIN_BATCH = 4;
const MAX_BATCH = 200;
/**
 * Notes per frame at most while the view pans or zooms: a zoom out brings hundreds into the
 * margin, and frames that mounted a full batch on top of moving the view were the pan's slowest
 * (server/bench/board-render). The rest arrive a few per frame, then at full pace once it stops.
 */
const MOVING_BATCH = 8;

/**
 * The part of `wanted` (in its order) already mounted: ids leave at once, new ones arrive a
 * batch per frame, those in `first` (the notes inside the view, not its margin) before the
 * others, and those in `keep` (selected, edited, focused) at once. The batch grows or shrinks
 * so that mounting one takes about BATCH_BUDGET_MS on this device, and stays small while
 * `moving()` (a pan or zoom going on).
 */
export function useMountedInBatches(
  wanted: readonly string[],
  first: ReadonlySet<string>,
  keep: ReadonlySet<string>,
  moving: () => boolean,
): string[] {
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set());
  const batch = useRef(FIRST_BATCH);
  const started = useRef<{ at: number; added: number } | null>(null);
  useEffect(() => {
    if (started.current) {
      const { at, added } = started.current;
      const perNote = Math.max(performance.now() - at, 1) / Math.max(added, 1);
      const fits = Math.round(BATCH_BUDGET_MS / perNote);
      batch.current = Math.min(MAX_BATCH, Math.max(MIN_BATCH, fits));
      started.current = null;
    }
    if (!nextBatch(wanted, first, mounted, 0)) return;
    const frame = requestAnimationFrame(() => {
      const size = moving() ? Math.min(batch.current, MOVING_BATCH) : batch.current;
      const next = nextBatch(wanted, first, mounted, size);
      if (!next) return;
      started.current = { at: performance.now(), added: next.size - mounted.size };
      setMounted(next);
    });
    return () => cancelAnimationFrame(frame);
  }, [wanted, first, mounted, moving]);
  return useMemo(
    () => wanted.filter((id) => mounted.has(id) || keep.has(id)),
    [wanted, mounted, keep],
  );
}

/** The mounted set one batch further, without ids no longer wanted; null when nothing changes. */
export function nextBatch(
  wanted: readonly string[],
  first: ReadonlySet<string>,
  mounted: ReadonlySet<string>,
  batch: number,
): ReadonlySet<string> | null {
  const pending = wanted.filter((id) => !mounted.has(id));
  const wantedSet = new Set(wanted);
  const gone = [...mounted].some((id) => !wantedSet.has(id));
  if (pending.length === 0 && !gone) return null;
  const next = new Set([...mounted].filter((id) => wantedSet.has(id)));
  const ordered = [
    ...pending.filter((id) => first.has(id)),
    ...pending.filter((id) => !first.has(id)),
  ];
  for (const id of ordered.slice(0, batch)) next.add(id);
  return next;
}
