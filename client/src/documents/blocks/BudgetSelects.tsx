import {
  COST_CATEGORY_LABELS,
  type CostCategory,
  CostCategorySchema,
  type Financer,
  financerKey,
  parseFinancerKey,
} from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useDocumentContext } from "../DocumentContext.tsx";
import { useLanguage } from "../useLanguage.ts";
import { financerOptions } from "./budget.ts";

interface SelectProps<T> {
  /** With a visible <label for>, or an aria-label in a table cell. */
  id?: string;
  label?: string;
  value: T;
  disabled?: boolean;
  onChange: (value: T) => void;
}

/** The cost categories of the piano economico, named in the interface language. */
export function CategorySelect({
  id,
  label,
  value,
  disabled,
  onChange,
}: SelectProps<CostCategory>) {
  const language = useLanguage();
  return (
    <select
      id={id}
      className="form-select form-select-sm"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(CostCategorySchema.parse(event.target.value))}
    >
      {CostCategorySchema.options.map((category) => (
        <option key={category} value={category}>
          {COST_CATEGORY_LABELS[category][language]}
        </option>
      ))}
    </select>
  );
}

/**
 * Who pays: a partner organisation or a fund. A financer that is no longer among the options
 * (an organisation removed from the procedure) stays selectable, so the row is not rewritten.
 */
export function FinancerSelect({ id, label, value, disabled, onChange }: SelectProps<Financer>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { organisations } = useDocumentContext();
  const options = financerOptions(organisations, language);
  const current = financerKey(value);
  return (
    <select
      id={id}
      className="form-select form-select-sm"
      aria-label={label}
      value={current}
      disabled={disabled}
      onChange={(event) => {
        const financer = parseFinancerKey(event.target.value);
        if (financer) onChange(financer);
      }}
    >
      {!options.some((option) => option.key === current) && (
        <option value={current}>{t("documents.removedOrganisation")}</option>
      )}
      {options.map((option) => (
        <option key={option.key} value={option.key}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
