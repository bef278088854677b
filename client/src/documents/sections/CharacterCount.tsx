import { useTranslation } from "react-i18next";
import { Icon } from "../../layout/Icon.tsx";
import { formatNumber } from "../format.ts";
import { useLanguage } from "../useLanguage.ts";

/**
 * "1.234 / 3.000 caratteri", as funding forms count them (shared/section-text.ts). Over the
 * limit it turns red and says by how much, so colour is not the only sign.
 */
export function CharacterCount({ count, limit }: { count: number; limit: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = (value: number) => formatNumber(value, language);
  const over = limit !== null && count > limit;
  return (
    <span
      className={`tavolo-doc-badge tavolo-doc-count${over ? " tavolo-doc-count--over" : ""}`}
      data-testid="section-count"
    >
      {over && <Icon name="it-warning-circle" className="icon-xs" />}
      {limit === null
        ? t("documents.count.free", { count, formatted: format(count) })
        : t("documents.count.limited", { count, formatted: format(count), limit: format(limit) })}
      {over && (
        <span className="tavolo-doc-count__over">
          {t("documents.count.over", { formatted: format(count - limit) })}
        </span>
      )}
    </span>
  );
}
