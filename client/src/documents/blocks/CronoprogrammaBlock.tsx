import {
  type Cronoprogramma,
  cronoprogrammaProblems,
  readCronoprogramma,
  setProjectSpan,
  type YRecord,
} from "@tavolo/shared";
import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentContext } from "../DocumentContext.tsx";
import { useYSnapshot } from "../useYSnapshot.ts";
import { AddActivityForm } from "./AddActivityForm.tsx";
import { CommitInput } from "./CommitInput.tsx";
import { GanttGrid } from "./GanttGrid.tsx";

/**
 * The cronoprogramma: activities × project months, drawn as a Gantt grid. Every change goes
 * through the shared helpers, which validate it and write only what changed, so two people
 * ticking months or adding activities at once keep both.
 */
export function CronoprogrammaBlock({ block }: { block: YRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const read = useCallback(() => readCronoprogramma(block), [block]);
  const parsed = useYSnapshot(block, read);
  const { editable } = useDocumentContext();
  if (!parsed.success)
    return <p className="alert alert-warning">{t("documents.blocks.invalid")}</p>;
  const data = parsed.data;
  const problems = cronoprogrammaProblems(data);
  return (
    <section className="tavolo-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tavolo-block__title">
        {t("documents.gantt.title")}
      </h3>
      <ProjectSpan block={block} data={data} editable={editable} />
      <GanttGrid block={block} data={data} editable={editable} />
      {problems.length > 0 && (
        <ul className="tavolo-block__problems" data-testid="gantt-problems">
          {problems.map((problem) => (
            <li key={`${problem.path.join(".")}:${problem.message}`}>
              {t("documents.gantt.outsideSpan", {
                activity: data.activities[Number(problem.path[1])]?.name ?? "",
                span: data.spanMonths,
              })}
            </li>
          ))}
        </ul>
      )}
      {editable && <AddActivityForm block={block} spanMonths={data.spanMonths} />}
    </section>
  );
}

function ProjectSpan({
  block,
  data,
  editable,
}: {
  block: YRecord;
  data: Cronoprogramma;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const setSpan = (typed: string) => {
    const months = Number(typed);
    if (Number.isInteger(months) && months >= 1 && months <= 120) {
      setProjectSpan(block, { spanMonths: months });
    }
  };
  return (
    <div className="tavolo-block__settings">
      <div className="tavolo-block__setting">
        <label htmlFor={`${id}-span`}>{t("documents.gantt.span")}</label>
        <CommitInput
          id={`${id}-span`}
          value={String(data.spanMonths)}
          label={t("documents.gantt.span")}
          onCommit={setSpan}
          disabled={!editable}
          inputMode="decimal"
          className="form-control form-control-sm tavolo-block__number"
        />
      </div>
      <div className="tavolo-block__setting">
        <label htmlFor={`${id}-first`}>{t("documents.gantt.firstMonth")}</label>
        <input
          id={`${id}-first`}
          type="month"
          className="form-control form-control-sm"
          value={data.firstMonth ?? ""}
          disabled={!editable}
          onChange={(event) => setProjectSpan(block, { firstMonth: event.target.value || null })}
        />
      </div>
    </div>
  );
}
