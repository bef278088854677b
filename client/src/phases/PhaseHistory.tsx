import { type PhaseChange, phaseDefinition } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { formatShortDateTime } from "../format/dates.ts";
import { useLabel, useLanguage } from "../format/language.ts";

/** Every phase the procedure entered: which, who moved it, when (oldest first). */
export function PhaseHistory({ history }: { history: readonly PhaseChange[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  return (
    <div className="table-responsive">
      <table className="table tavolo-table">
        <caption>{t("phases.history.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("phases.history.phase")}</th>
            <th scope="col">{t("phases.history.by")}</th>
            <th scope="col">{t("phases.history.at")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((change) => (
            <tr key={`${change.phase}-${change.at}`}>
              <th scope="row">{label(phaseDefinition(change.phase).label)}</th>
              <td>{change.byName}</td>
              <td>
                <time dateTime={change.at}>{formatShortDateTime(change.at, language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
