import {
  type Cronoprogramma,
  cronoprogrammaGrid,
  type GridRow,
  removeActivity,
  setActivityMonth,
  updateActivity,
  type YRecord,
} from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useDocumentContext } from "../DocumentContext.tsx";
import { BlockTable } from "./BlockTable.tsx";
import { CommitInput } from "./CommitInput.tsx";
import { OrganisationSelect } from "./OrganisationSelect.tsx";
import { RemoveButton } from "./RemoveButton.tsx";

interface GanttGridProps {
  block: YRecord;
  data: Cronoprogramma;
  editable: boolean;
}

/** The Gantt-like table: one row per activity, one toggle per project month. */
export function GanttGrid({ block, data, editable }: GanttGridProps) {
  const { t } = useTranslation();
  const grid = cronoprogrammaGrid(data);
  if (grid.rows.length === 0)
    return <p className="tavolo-block__empty">{t("documents.gantt.empty")}</p>;
  const columns = [
    { label: t("documents.gantt.activity"), className: "tavolo-gantt__activity" },
    { label: t("documents.gantt.responsible") },
    ...grid.columns.map((column) => ({ label: column.label, className: "tavolo-gantt__month" })),
  ];
  return (
    <BlockTable
      caption={t("documents.gantt.caption")}
      columns={columns}
      editable={editable}
      className="tavolo-gantt__table"
      wrapperClassName="tavolo-gantt"
      testId="gantt"
    >
      {grid.rows.map((row) => (
        <GanttRow
          key={row.activityId}
          block={block}
          row={row}
          labels={grid.columns.map((column) => column.label)}
          editable={editable}
        />
      ))}
    </BlockTable>
  );
}

interface GanttRowProps {
  block: YRecord;
  row: GridRow;
  labels: string[];
  editable: boolean;
}

function GanttRow({ block, row, labels, editable }: GanttRowProps) {
  const { t } = useTranslation();
  const { organisations } = useDocumentContext();
  const rename = (name: string) => {
    if (name.trim()) updateActivity(block, row.activityId, { name });
  };
  return (
    <tr>
      <th scope="row" className="tavolo-gantt__activity">
        {editable ? (
          <CommitInput
            value={row.name}
            label={t("documents.gantt.activityName")}
            onCommit={rename}
          />
        ) : (
          row.name
        )}
      </th>
      <td>
        <OrganisationSelect
          value={row.responsibleOrganisationId}
          organisations={organisations}
          label={t("documents.gantt.responsibleOf", { activity: row.name })}
          disabled={!editable}
          onChange={(organisationId) =>
            updateActivity(block, row.activityId, { responsibleOrganisationId: organisationId })
          }
        />
      </td>
      {row.cells.map((on, index) => (
        <td key={labels[index]} className="tavolo-gantt__cell">
          <button
            type="button"
            className={`tavolo-gantt__toggle${on ? " tavolo-gantt__toggle--on" : ""}`}
            aria-pressed={on}
            aria-label={t("documents.gantt.month", { activity: row.name, month: labels[index] })}
            disabled={!editable}
            onClick={() => setActivityMonth(block, row.activityId, index + 1, !on)}
          />
        </td>
      ))}
      {editable && (
        <td>
          <RemoveButton what={row.name} onRemove={() => removeActivity(block, row.activityId)} />
        </td>
      )}
    </tr>
  );
}
