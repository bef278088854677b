import { addActivity, monthsInRange, type YRecord } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentContext } from "../DocumentContext.tsx";
import { OrganisationSelect } from "./OrganisationSelect.tsx";

type Problem = "name" | "months" | "order" | null;

/** Checks the form before it writes: a name, and months from 1 to the span, end ≥ start. */
function check(name: string, start: string, end: string, span: number): Problem {
  if (!name.trim()) return "name";
  if (start === "" && end === "") return null;
  const [first, last] = [Number(start || end), Number(end || start)];
  const inSpan = (month: number) => Number.isInteger(month) && month >= 1 && month <= span;
  if (!inSpan(first) || !inSpan(last)) return "months";
  return last < first ? "order" : null;
}

/** Adds an activity, optionally running from a start to an end month. */
export function AddActivityForm({ block, spanMonths }: { block: YRecord; spanMonths: number }) {
  const { t } = useTranslation();
  const id = useId();
  const { organisations } = useDocumentContext();
  const [name, setName] = useState("");
  const [responsible, setResponsible] = useState<string | null>(null);
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [problem, setProblem] = useState<Problem>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(name, start, end, spanMonths);
    setProblem(found);
    if (found) return;
    const months =
      start || end
        ? monthsInRange({ startMonth: Number(start || end), endMonth: Number(end || start) })
        : [];
    addActivity(block, { name, responsibleOrganisationId: responsible, months });
    setName("");
    setStart("");
    setEnd("");
  };

  const errorId = `${id}-error`;
  return (
    <form className="tavolo-block__add" onSubmit={submit} noValidate>
      <div className="tavolo-block__add-field tavolo-block__add-field--wide">
        <label htmlFor={`${id}-name`}>{t("documents.gantt.newActivity")}</label>
        <input
          id={`${id}-name`}
          className={`form-control form-control-sm${problem === "name" ? " is-invalid" : ""}`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problem === "name"}
          aria-describedby={problem ? errorId : undefined}
        />
      </div>
      <div className="tavolo-block__add-field">
        <span className="tavolo-block__add-label" aria-hidden="true">
          {t("documents.gantt.responsible")}
        </span>
        <OrganisationSelect
          value={responsible}
          organisations={organisations}
          label={t("documents.gantt.responsible")}
          onChange={setResponsible}
        />
      </div>
      <div className="tavolo-block__add-field">
        <label htmlFor={`${id}-start`}>{t("documents.gantt.startMonth")}</label>
        <input
          id={`${id}-start`}
          className="form-control form-control-sm tavolo-block__number"
          inputMode="numeric"
          value={start}
          onChange={(event) => setStart(event.target.value)}
          aria-invalid={problem === "months" || problem === "order"}
        />
      </div>
      <div className="tavolo-block__add-field">
        <label htmlFor={`${id}-end`}>{t("documents.gantt.endMonth")}</label>
        <input
          id={`${id}-end`}
          className="form-control form-control-sm tavolo-block__number"
          inputMode="numeric"
          value={end}
          onChange={(event) => setEnd(event.target.value)}
          aria-invalid={problem === "months" || problem === "order"}
        />
      </div>
      <button type="submit" className="btn btn-outline-primary btn-sm">
        {t("documents.gantt.add")}
      </button>
      {problem && (
        <p id={errorId} className="tavolo-block__error" role="alert">
          {t(`documents.gantt.problems.${problem}`, { span: spanMonths })}
        </p>
      )}
    </form>
  );
}
