import {
  type CostItem,
  type CostItemPatch,
  removeCostItem,
  updateCostItem,
  type YRecord,
} from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { centsToInput, parseEuroToCents } from "../../format/money.ts";
import { formatEuro } from "../format.ts";
import { useLanguage } from "../useLanguage.ts";
import { BlockTable } from "./BlockTable.tsx";
import { CategorySelect, FinancerSelect } from "./BudgetSelects.tsx";
import { CommitInput } from "./CommitInput.tsx";
import { RemoveButton } from "./RemoveButton.tsx";

interface CostItemsTableProps {
  block: YRecord;
  items: readonly CostItem[];
  editable: boolean;
}

/** The cost items, each field editable in place (written when the field is left). */
export function CostItemsTable({ block, items, editable }: CostItemsTableProps) {
  const { t } = useTranslation();
  const columns = [
    { label: t("documents.budget.description") },
    { label: t("documents.budget.category") },
    { label: t("documents.budget.financedBy") },
    { label: t("documents.budget.inKind") },
    { label: t("documents.budget.amount"), className: "text-end" },
  ];
  return (
    <BlockTable
      caption={t("documents.budget.caption")}
      columns={columns}
      editable={editable}
      className="table table-sm tavolo-budget"
      testId="budget-items"
    >
      {items.map((item) => (
        <CostItemRow key={item.id} block={block} item={item} editable={editable} />
      ))}
    </BlockTable>
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
  const update = (patch: CostItemPatch) => updateCostItem(block, item.id, patch);
  const setAmount = (typed: string) => {
    const parsed = parseEuroToCents(typed, language);
    if (parsed.ok && parsed.cents !== null) update({ amountCents: parsed.cents });
  };
  const of = { item: item.description };
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
        <CategorySelect
          label={t("documents.budget.categoryOf", of)}
          value={item.category}
          disabled={!editable}
          onChange={(category) => update({ category })}
        />
      </td>
      <td>
        <FinancerSelect
          label={t("documents.budget.financedByOf", of)}
          value={item.financedBy}
          disabled={!editable}
          onChange={(financedBy) => update({ financedBy })}
        />
      </td>
      <td className="text-center">
        <input
          type="checkbox"
          className="tavolo-budget__check"
          aria-label={t("documents.budget.inKindOf", of)}
          checked={item.inKind}
          disabled={!editable}
          onChange={(event) => update({ inKind: event.target.checked })}
        />
      </td>
      <td className="text-end">
        {editable ? (
          <CommitInput
            value={centsToInput(item.amountCents, language)}
            label={t("documents.budget.amountOf", of)}
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
          <RemoveButton what={item.description} onRemove={() => removeCostItem(block, item.id)} />
        </td>
      )}
    </tr>
  );
}
