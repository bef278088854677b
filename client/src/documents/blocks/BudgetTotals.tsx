import { type CostItem, pianoEconomicoTotals } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useDocumentContext } from "../DocumentContext.tsx";
import { formatEuro } from "../format.ts";
import { useLanguage } from "../useLanguage.ts";
import { financerLabel, formatShare } from "./budget.ts";

/**
 * What the budget adds up to, computed from the items on every change: the total, what each
 * financer covers and its share, and the partners' co-financing (its share of the total, how
 * much of it in kind, and each partner's part of it).
 */
export function BudgetTotals({ items }: { items: readonly CostItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { organisations } = useDocumentContext();
  const totals = pianoEconomicoTotals(items);
  const money = (cents: number) => formatEuro(cents, language);
  const removed = t("documents.removedOrganisation");
  return (
    <div className="tavolo-budget-totals" data-testid="budget-totals">
      <p className="tavolo-budget-totals__total">
        <span>{t("documents.budget.total")}</span>
        <strong data-testid="budget-total">{money(totals.totalCents)}</strong>
      </p>
      {totals.byFinancer.length > 0 && (
        <table className="table table-sm tavolo-budget-totals__table">
          <caption>{t("documents.budget.byFinancer")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("documents.budget.financer")}</th>
              <th scope="col" className="text-end">
                {t("documents.budget.amount")}
              </th>
              <th scope="col" className="text-end">
                {t("documents.budget.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.byFinancer.map((entry) => {
              const name = financerLabel(entry.financer, organisations, language, removed);
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td className="text-end">{money(entry.amountCents)}</td>
                  <td className="text-end">{formatShare(entry.shareBasisPoints, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Cofinancing totals={totals} />
    </div>
  );
}

function Cofinancing({ totals }: { totals: ReturnType<typeof pianoEconomicoTotals> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { organisations } = useDocumentContext();
  const { cofinancing } = totals;
  if (cofinancing.amountCents === 0) {
    return <p className="tavolo-muted">{t("documents.budget.noCofinancing")}</p>;
  }
  return (
    <div className="tavolo-budget-totals__cofinancing">
      <p data-testid="budget-cofinancing">
        {t("documents.budget.cofinancing", {
          amount: formatEuro(cofinancing.amountCents, language),
          share: formatShare(cofinancing.shareBasisPoints, language),
          inKind: formatEuro(cofinancing.inKindCents, language),
        })}
      </p>
      <ul className="tavolo-budget-totals__partners">
        {cofinancing.byOrganisation.map((entry) => (
          <li key={entry.organisationId}>
            {t("documents.budget.partnerShare", {
              organisation:
                organisations.find((o) => o.id === entry.organisationId)?.name ??
                t("documents.removedOrganisation"),
              amount: formatEuro(entry.amountCents, language),
              share: formatShare(entry.shareBasisPoints, language),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
