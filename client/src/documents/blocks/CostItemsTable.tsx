import {
  COST_CATEGORY_LABELS,
  CostCategorySchema,
  type CostItem,
  financerKey,
  parseFinancerKey,
  removeCostItem,
  updateCostItem,
  type YRecord,
} from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { centsToInput, parseEuroToCents } from "../../format/money.ts";
import { useDocumentContext } from "../DocumentContext.tsx";
import { formatEuro } from "../format.ts";
import { useLanguage } from "../useLanguage.ts";
import { financerOptions } from "./budget.ts";
import { CommitInput } from "./CommitInput.tsx";

interface CostItemsTableProps {
  block: YRecord;
  items: readonly CostItem[];
  editable: boolean;
}

/** The cost items, each field editable in place (written when the field is left). */
export function CostItemsTable({ block, items, editable }: CostItemsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table table-sm tavolo-budget" data-testid="budget-items">
        <caption className="visually-hidden">{t("documents.budget.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("documents.budget.description")}</th>
            <th scope="col">{t("documents.budget.category")}</th>
            <th scope="col">{t("documents.budget.financedBy")}</th>
            <th scope="col">{t("documents.budget.inKind")}</th>
            <th scope="col" className="text-end">
              {t("documents.budget.amount")}
            </th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t("documents.blocks.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <CostItemRow key={item.id} block={block} item={item} editable={editable} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CostItemRow({
  block,
  item,
  editable,
}: {
  block: YRecord;
  item: CostItem;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { organisations } = useDocumentContext();
  const update = (patch: Parameters<typeof updateCostItem>[2]) =>
    updateCostItem(block, item.id, patch);
  const setAmount = (typed: string) => {
    const parsed = parseEuroToCents(typed, language);
    if (parsed.ok && parsed.cents !== null) update({ amountCents: parsed.cents });
  };
  const options = financerOptions(organisations, language);
  const currentKey = financerKey(item.financedBy);
  return (
    <tr>
      <td>
        <CommitInput
          value={item.description}
          label={t("documents.budget.description")}
          disabled={!editable}
          onCommit={(description) => {
            if (description.trim()) update({ description });
          }}
        />
      </td>
      <td>
        <select
          className="form-select form-select-sm"
          aria-label={t("documents.budget.categoryOf", { item: item.description })}
          value={item.category}
          disabled={!editable}
          onChange={(event) => update({ category: CostCategorySchema.parse(event.target.value) })}
        >
          {CostCategorySchema.options.map((category) => (
            <option key={category} value={category}>
              {COST_CATEGORY_LABELS[category][language]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="form-select form-select-sm"
          aria-label={t("documents.budget.financedByOf", { item: item.description })}
          value={currentKey}
          disabled={!editable}
          onChange={(event) => {
            const financer = parseFinancerKey(event.target.value);
            if (financer) update({ financedBy: financer });
          }}
        >
          {!options.some((option) => option.key === currentKey) && (
            <option value={currentKey}>{t("documents.removedOrganisation")}</option>
          )}
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </td>
      <td className="text-center">
        <input
          type="checkbox"
          className="tavolo-budget__check"
          aria-label={t("documents.budget.inKindOf", { item: item.description })}
          checked={item.inKind}
          disabled={!editable}
          onChange={(event) => update({ inKind: event.target.checked })}
        />
      </td>
      <td className="text-end">
        {editable ? (
          <CommitInput
            value={centsToInput(item.amountCents, language)}
            label={t("documents.budget.amountOf", { item: item.description })}
            inputMode="decimal"
            className="form-control form-control-sm text-end tavolo-budget__amount"
            onCommit={setAmount}
          />
        ) : (
          formatEuro(item.amountCents, language)
        )}
      </td>
      {editable && (
        <td>
          <button
            type="button"
            className="btn btn-link btn-sm tavolo-block__remove"
            onClick={() => removeCostItem(block, item.id)}
          >
            {t("documents.blocks.remove")}
            <span className="visually-hidden"> {item.description}</span>
          </button>
        </td>
      )}
    </tr>
  );
}
