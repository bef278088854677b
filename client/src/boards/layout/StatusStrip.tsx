import { useTranslation } from "react-i18next";
import { FollowBanner, type FollowState } from "../FollowBanner.tsx";
import { TimerDisplay } from "../TimerDisplay.tsx";
import { TimerEndBanner } from "../TimerEndBanner.tsx";
import { VotePanel } from "../VotePanel.tsx";
import { StateBanners } from "./StateBanners.tsx";
import { SummonBanner } from "./SummonBanner.tsx";
import type { SummonState } from "./useSummon.ts";

/**
 * Everyone's view of the activity, always on screen above the canvas: timer, the vote in
 * progress, "Tempo scaduto", and what the facilitator has set or asked (follow, summons,
 * lock, private writing, anonymous mode).
 */
export function StatusStrip({ follow, summon }: { follow: FollowState; summon: SummonState }) {
  const { t } = useTranslation();
  return (
    <section className="tavolo-strip" aria-label={t("boards.workshop.status")}>
      <TimerDisplay />
      <VotePanel show="open" />
      <FollowBanner follow={follow} />
      <SummonBanner summon={summon} />
      <StateBanners />
      <TimerEndBanner />
    </section>
  );
}
