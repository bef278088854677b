import type { CompletenessReport as Report } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../documents/format.ts";
import { useLanguage } from "../documents/useLanguage.ts";

/**
 * What a freeze would report now: the empty sections, those over their limit, counted as
 * the editor counts them, and those not signed off yet. Shown before freezing; the server reports again from what it freezes.
 */
export function CompletenessReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="alert alert-warning" id="freeze-completeness">
      <h3 className="h6">{t("versions.freeze.completeness.title")}</h3>
      {report.empty.length > 0 && (
        <>
          <p className="mb-1 fw-semibold">{t("versions.freeze.completeness.empty")}</p>
          <ul data-testid="empty-sections">
            {report.empty.map((section) => (
              <li key={section.sectionKey}>{section.title}</li>
            ))}
          </ul>
        </>
      )}
      {report.overLimit.length > 0 && (
        <>
          <p className="mb-1 fw-semibold">{t("versions.freeze.completeness.overLimit")}</p>
          <ul data-testid="over-limit-sections">
            {report.overLimit.map((section) => (
              <li key={section.sectionKey}>
                {t("versions.freeze.completeness.count", {
                  title: section.title,
                  count: formatNumber(section.count, language),
                  limit: formatNumber(section.limit, language),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {(report.notReady ?? []).length > 0 && (
        <>
          <p className="mb-1 fw-semibold">{t("versions.freeze.completeness.notReady")}</p>
          <ul data-testid="not-ready-sections">
            {(report.notReady ?? []).map((section) => (
              <li key={section.sectionKey}>{section.title}</li>
            ))}
          </ul>
        </>
      )}
      {(report.pendingSuggestions ?? []).length > 0 && (
        <>
          <p className="mb-1 fw-semibold">{t("versions.freeze.completeness.pendingSuggestions")}</p>
          <ul data-testid="pending-suggestions">
            {(report.pendingSuggestions ?? []).map((suggestion) => (
              <li key={`${suggestion.id ?? suggestion.text}:${suggestion.kind}`}>
                {t("versions.freeze.completeness.suggestion", {
                  author: suggestion.authorName,
                  text: suggestion.text,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mb-0">{t("versions.freeze.completeness.advice")}</p>
    </div>
  );
}
