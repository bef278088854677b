import { readSummon, type Summon, summonedViewport, type Viewport } from "@tavolo/shared";
import { type RefObject, useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import type { BoardContextValue } from "../boardContext.ts";
import { useDocValue } from "../yHooks.ts";

const read = (control: Y.Doc) => readSummon(control);

export interface SummonState {
  /** The summons this screen obeyed, while its banner is up. */
  shown: NonNullable<Summon> | null;
  /** True while the facilitator holds the view: panning and zooming wait. */
  held: boolean;
  dismiss: () => void;
}

/**
 * "Porta tutti qui" on a participant's screen: each new summons (one this screen has not seen,
 * so opening the board later does not jump) centres the view where the facilitator's was, and
 * holds it for `holdMs` counted from when it arrived here, whatever the clocks say.
 */
export function useSummon(
  board: BoardContextValue,
  canvasRef: RefObject<HTMLElement | null>,
  setViewport: (update: (view: Viewport) => Viewport) => void,
): SummonState {
  const summon = useDocValue(board.rooms.control.doc, read);
  const seen = useRef(summon?.id ?? null);
  const [shown, setShown] = useState<NonNullable<Summon> | null>(null);
  const [held, setHeld] = useState(false);
  const me = board.info.me.personId;
  useEffect(() => {
    if (!summon || summon.id === seen.current) return;
    seen.current = summon.id;
    if (summon.leaderId === me) return;
    const size = {
      w: canvasRef.current?.clientWidth ?? 0,
      h: canvasRef.current?.clientHeight ?? 0,
    };
    setViewport(() => summonedViewport(summon, size));
    setShown(summon);
    if (summon.holdMs === 0) return;
    setHeld(true);
    const release = setTimeout(() => {
      setHeld(false);
      setShown(null);
    }, summon.holdMs);
    return () => clearTimeout(release);
  }, [summon, me, canvasRef, setViewport]);
  return { shown, held, dismiss: () => setShown(null) };
}
