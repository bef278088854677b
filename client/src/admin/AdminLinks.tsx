import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePerson } from "../session/session.ts";

/** Links to administration (administrators only) and to one's API tokens. */
export function AdminLinks() {
  const { t } = useTranslation();
  const person = usePerson();
  if (!person) return null;
  return (
    <nav className="tavolo-admin-links" aria-label={t("adminIdentity.links.label")}>
      <ul className="list-inline mb-0">
        {person.isAdmin && (
          <li className="list-inline-item">
            <Link to="/amministrazione">{t("adminIdentity.links.admin")}</Link>
          </li>
        )}
        <li className="list-inline-item">
          <Link to="/account#token">{t("adminIdentity.links.tokens")}</Link>
        </li>
      </ul>
    </nav>
  );
}
