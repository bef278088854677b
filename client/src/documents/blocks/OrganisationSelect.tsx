import type { Organisation } from "@tavolo/shared";
import { useTranslation } from "react-i18next";

interface OrganisationSelectProps {
  value: string | null;
  organisations: readonly Organisation[];
  label: string;
  disabled?: boolean;
  onChange: (organisationId: string | null) => void;
}

/** One of the procedure's organisations, or none. Keeps a removed organisation's id visible. */
export function OrganisationSelect({
  value,
  organisations,
  label,
  disabled = false,
  onChange,
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const known = value === null || organisations.some((organisation) => organisation.id === value);
  return (
    <select
      className="form-select form-select-sm"
      aria-label={label}
      value={value ?? ""}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value || null)}
    >
      <option value="">{t("documents.blocks.noOrganisation")}</option>
      {!known && value && <option value={value}>{t("documents.removedOrganisation")}</option>}
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </select>
  );
}
