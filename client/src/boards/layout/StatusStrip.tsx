import { latestClosedVote, readPrivateWriting } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "../boardContext.ts";
import { FollowBanner, type FollowState } from "../FollowBanner.tsx";
import { TimerDisplay } from "../TimerDisplay.tsx";
import { TimerEndBanner } from "../TimerEndBanner.tsx";
import { useTimerClock } from "../useTimerClock.ts";
import { VotePanel } from "../VotePanel.tsx";
import { useDocValue } from "../yHooks.ts";
import { activityEndedAfterTimer } from "./activityEnd.ts";
import { StateBanners } from "./StateBanners.tsx";
import { SummonBanner } from "./SummonBanner.tsx";
import type { SummonState } from "./useSummon.ts";

const readEnds = (control: Y.Doc) => [
  latestClosedVote(control)?.closedAt,
  readPrivateWriting(control).revealedAt,
];

/**
 * Everyone's view of the activity, always on screen above the canvas: timer, the vote in
 * progress, "Tempo scaduto", and what the facilitator has set or asked (follow, summons,
 * lock, private writing, anonymous mode).
 */
export function StatusStrip({ follow, summon }: { follow: FollowState; summon: SummonState }) {
  const { t } = useTranslation();
  const { timer, now } = useTimerClock();
  const ends = useDocValue(useBoard().rooms.control.doc, readEnds);
  const over = activityEndedAfterTimer(timer, now, ends);
  return (
    <section className="tavolo-strip" aria-label={t("boards.workshop.status")}>
      {!over && <TimerDisplay />}
      <VotePanel show="open" />
      <FollowBanner follow={follow} />
      <SummonBanner summon={summon} />
      <StateBanners />
      <TimerEndBanner over={over} />
    </section>
  );
}
