import type { YRecord } from "@tavolo/shared";
import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentContext } from "../DocumentContext.tsx";
import { useYSnapshot } from "../useYSnapshot.ts";
import { AddCostItemForm } from "./AddCostItemForm.tsx";
import { BudgetTotals } from "./BudgetTotals.tsx";
import { readBudgetRows } from "./budget.ts";
import { CostItemsTable } from "./CostItemsTable.tsx";

/**
 * The piano economico: cost items with who finances each, and the totals and co-financing
 * shares computed from them as anyone edits (never stored, so they cannot disagree).
 */
export function PianoEconomicoBlock({ block }: { block: YRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const { editable } = useDocumentContext();
  const read = useCallback(() => readBudgetRows(block), [block]);
  const { items, invalid } = useYSnapshot(block, read);
  return (
    <section className="tavolo-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tavolo-block__title">
        {t("documents.budget.title")}
      </h3>
      {items.length === 0 ? (
        <p className="tavolo-block__empty">{t("documents.budget.empty")}</p>
      ) : (
        <CostItemsTable block={block} items={items} editable={editable} />
      )}
      {invalid > 0 && (
        <p className="tavolo-block__problems">
          {t("documents.budget.invalid", { count: invalid })}
        </p>
      )}
      {editable && <AddCostItemForm block={block} />}
      <BudgetTotals items={items} />
    </section>
  );
}
