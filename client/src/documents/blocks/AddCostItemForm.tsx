import {
  addCostItem,
  type CostCategory,
  type Financer,
  type ProposalTemplate,
  type YRecord,
} from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseEuroToCents } from "../../format/money.ts";
import { useDocumentContext } from "../DocumentContext.tsx";
import { useLanguage } from "../useLanguage.ts";
import { CategorySelect, FinancerSelect } from "./BudgetSelects.tsx";

type Problem = "description" | "amount";

/** Until someone picks one, a new item is paid by the call's fund: PNRR, or the Comune. */
function defaultFinancer(template: ProposalTemplate | null): Financer {
  return { kind: "fund", source: template?.fundingLine?.includes("PNRR") ? "pnrr" : "comune" };
}

/** Adds a cost item: what, which category, how much, who pays, whether in kind. */
export function AddCostItemForm({ block }: { block: YRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const [description, setDescription] = useState("");
  const [category, setCategory] = useState<CostCategory>("personale");
  const [amount, setAmount] = useState("");
  const { template } = useDocumentContext();
  const [financer, setFinancer] = useState<Financer>(() => defaultFinancer(template));
  const [inKind, setInKind] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuroToCents(amount, language);
    const found: Problem[] = [
      ...(description.trim() ? [] : ["description" as const]),
      ...(cents.ok && cents.cents !== null ? [] : ["amount" as const]),
    ];
    setProblems(found);
    if (found.length > 0 || !cents.ok || cents.cents === null) return;
    addCostItem(block, {
      description,
      category,
      amountCents: cents.cents,
      financedBy: financer,
      inKind,
    });
    setDescription("");
    setAmount("");
    setInKind(false);
  };

  const invalid = (problem: Problem) => problems.includes(problem);
  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="tavolo-block__add" onSubmit={submit} noValidate>
      <div className="tavolo-block__add-field tavolo-block__add-field--wide">
        <label htmlFor={field("description")}>{t("documents.budget.newItem")}</label>
        <input
          id={field("description")}
          className={`form-control form-control-sm${invalid("description") ? " is-invalid" : ""}`}
          value={description}
          aria-invalid={invalid("description")}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="tavolo-block__add-field">
        <label htmlFor={field("category")}>{t("documents.budget.category")}</label>
        <CategorySelect id={field("category")} value={category} onChange={setCategory} />
      </div>
      <div className="tavolo-block__add-field">
        <label htmlFor={field("financer")}>{t("documents.budget.financedBy")}</label>
        <FinancerSelect id={field("financer")} value={financer} onChange={setFinancer} />
      </div>
      <div className="tavolo-block__add-field">
        <label htmlFor={field("amount")}>{t("documents.budget.amountEuro")}</label>
        <input
          id={field("amount")}
          className={`form-control form-control-sm text-end tavolo-budget__amount${invalid("amount") ? " is-invalid" : ""}`}
          inputMode="decimal"
          value={amount}
          aria-invalid={invalid("amount")}
          onChange={(event) => setAmount(event.target.value)}
        />
      </div>
      <div className="tavolo-check tavolo-block__add-check">
        <input
          id={field("inKind")}
          type="checkbox"
          checked={inKind}
          onChange={(event) => setInKind(event.target.checked)}
        />
        <label htmlFor={field("inKind")}>{t("documents.budget.inKind")}</label>
      </div>
      <button type="submit" className="btn btn-outline-primary btn-sm">
        {t("documents.budget.add")}
      </button>
      {problems.length > 0 && (
        // The alert wraps the list: role="alert" on the <ul> itself would take away its list
        // role, leaving its items outside any list.
        <div role="alert">
          <ul className="tavolo-block__error">
            {problems.map((problem) => (
              <li key={problem}>{t(`documents.budget.problems.${problem}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
