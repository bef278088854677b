import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface BlockColumn {
  label: string;
  className?: string;
}

interface BlockTableProps {
  /** Read by screen readers only: the block's title is already the heading above. */
  caption: string;
  columns: readonly BlockColumn[];
  /** Adds the (unlabelled on screen) column of row actions. */
  editable: boolean;
  /** The table's classes; the wrapper scrolls it sideways when it is wider than the page. */
  className: string;
  wrapperClassName?: string;
  testId: string;
  children: ReactNode;
}

/** The table of a structured block's rows, with its header and the actions column if editable. */
export function BlockTable({
  caption,
  columns,
  editable,
  className,
  wrapperClassName = "table-responsive",
  testId,
  children,
}: BlockTableProps) {
  const { t } = useTranslation();
  return (
    <div className={wrapperClassName}>
      <table className={className} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.className}>
                {column.label}
              </th>
            ))}
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t("documents.blocks.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
