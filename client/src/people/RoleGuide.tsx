import { ROLE_LABELS, RoleSchema } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useLabel } from "../format/language.ts";

/** What each role may do, in plain words. */
export function RoleGuide() {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <section className="tavolo-panel" aria-labelledby="roles-title">
      <h2 id="roles-title" className="h5">
        {t("people.roles.title")}
      </h2>
      <dl className="tavolo-roles">
        {RoleSchema.options.map((role) => (
          <div key={role}>
            <dt>{label(ROLE_LABELS[role])}</dt>
            <dd>{t(`people.roles.${role}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
