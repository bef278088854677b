import { type Organisation, RESOURCE_KIND_LABELS } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useLabel, useLanguage } from "../format/language.ts";
import { formatCents } from "../format/money.ts";

/** What one partner brings: kind, description, value; with the total when there are values. */
export function ResourceTable({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { resources } = organisation;
  if (resources.length === 0) return <p className="tavolo-muted">{t("partners.noResources")}</p>;
  const total = resources.reduce((sum, resource) => sum + (resource.amountCents ?? 0), 0);
  return (
    <div className="table-responsive">
      <table className="table tavolo-table">
        <caption>{t("partners.resourcesCaption", { name: organisation.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("partners.resource.kind")}</th>
            <th scope="col">{t("partners.resource.description")}</th>
            <th scope="col" className="text-end">
              {t("partners.resource.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {resources.map((resource) => (
            <tr key={resource.id}>
              <td>{label(RESOURCE_KIND_LABELS[resource.kind])}</td>
              <td>{resource.description}</td>
              <td className="text-end tavolo-amount">
                {resource.amountCents === null ? "—" : formatCents(resource.amountCents, language)}
              </td>
            </tr>
          ))}
        </tbody>
        {total > 0 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t("partners.total")}
              </th>
              <td className="text-end tavolo-amount">{formatCents(total, language)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
