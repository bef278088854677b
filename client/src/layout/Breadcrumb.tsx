import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

export interface Crumb {
  label: string;
  /** Absent on the current page, the last crumb. */
  to?: string;
}

/** The Bootstrap Italia breadcrumb: where this page sits, each step a link back. */
export function Breadcrumb({ crumbs }: { crumbs: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb-container" aria-label={t("breadcrumb.label")}>
      <ol className="breadcrumb">
        {crumbs.map((crumb, index) =>
          crumb.to && index < crumbs.length - 1 ? (
            <li key={crumb.to} className="breadcrumb-item">
              <Link to={crumb.to}>{crumb.label}</Link>
              <span className="separator">/</span>
            </li>
          ) : (
            <li key="current" className="breadcrumb-item active" aria-current="page">
              {crumb.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
