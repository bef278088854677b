import { summonEveryone, type Viewport } from "@tavolo/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "../boardContext.ts";

const HOLD_SECONDS = [0, 5, 10, 30] as const;

/**
 * "Porta tutti qui" and for how long to hold everyone's view there. Written to the control room,
 * so only a facilitator can move everybody (the server refuses anyone else's write).
 */
export function SummonControls({
  view,
}: {
  view: () => { viewport: Viewport; size: { w: number; h: number } };
}) {
  const { t } = useTranslation();
  const board = useBoard();
  const id = useId();
  const [holdSeconds, setHoldSeconds] = useState<number>(0);
  const [done, setDone] = useState(false);
  const summon = () => {
    const leader = { personId: board.info.me.personId, name: board.info.me.displayName };
    summonEveryone(board.rooms.control.doc, leader, view(), {
      holdMs: holdSeconds * 1000,
      now: Date.now(),
      id: crypto.randomUUID(),
    });
    setDone(true);
  };
  return (
    <span className="tavolo-toolbar__group">
      <button type="button" className="btn btn-sm btn-primary" onClick={summon}>
        {t("boards.summon.button")}
      </button>
      <label className="tavolo-toolbar__label" htmlFor={`${id}-hold`}>
        {t("boards.summon.hold")}
      </label>
      <select
        id={`${id}-hold`}
        className="form-select form-select-sm tavolo-toolbar__mode"
        value={holdSeconds}
        onChange={(event) => setHoldSeconds(Number(event.target.value))}
      >
        {HOLD_SECONDS.map((seconds) => (
          <option key={seconds} value={seconds}>
            {seconds === 0
              ? t("boards.summon.holdNone")
              : t("boards.summon.holdSeconds", { count: seconds })}
          </option>
        ))}
      </select>
      <span className="visually-hidden" role="status">
        {done ? t("boards.summon.done") : ""}
      </span>
    </span>
  );
}
