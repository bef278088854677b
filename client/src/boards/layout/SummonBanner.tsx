import { useTranslation } from "react-i18next";
import type { SummonState } from "./useSummon.ts";

/** "Giulia ha portato tutti qui" — and, while the view is held, for how long. */
export function SummonBanner({ summon }: { summon: SummonState }) {
  const { t } = useTranslation();
  const { shown } = summon;
  if (!shown) return null;
  const name = shown.leaderName;
  return (
    <p className="alert alert-info tavolo-strip__banner" data-testid="summon-banner">
      {summon.held
        ? t("boards.summon.held", { name, count: Math.round(shown.holdMs / 1000) })
        : t("boards.summon.arrived", { name })}
      {!summon.held && (
        <button
          type="button"
          className="btn btn-sm btn-link tavolo-strip__dismiss"
          onClick={summon.dismiss}
        >
          {t("boards.workshop.dismiss")}
        </button>
      )}
    </p>
  );
}
