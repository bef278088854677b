import { ROLE_LABELS, type Role, RoleSchema } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDateTime } from "../format/dates.ts";
import { useLabel, useLanguage } from "../format/language.ts";
import { formatCents } from "../format/money.ts";
import { useProcedure } from "./useProcedure.ts";

/** The next sessions of the table. */
export function MeetingsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { procedure, meetings } = useProcedure();
  const now = Date.now();
  const upcoming = meetings.filter((meeting) => Date.parse(meeting.date) >= now).slice(0, 3);
  return (
    <section className="tavolo-panel" aria-labelledby="next-meetings-title">
      <h2 id="next-meetings-title" className="h4">
        {t("overview.meetings.title")}
      </h2>
      {upcoming.length === 0 ? (
        <p>{t("overview.meetings.none")}</p>
      ) : (
        <ul className="tavolo-plain-list">
          {upcoming.map((meeting) => (
            <li key={meeting.id}>
              <strong>{meeting.title}</strong>
              <br />
              <time dateTime={meeting.date}>{formatDateTime(meeting.date, language)}</time>
              {meeting.place && ` · ${meeting.place}`}
            </li>
          ))}
        </ul>
      )}
      <Link to={`/procedure/${procedure.id}/incontri`}>{t("overview.meetings.all")}</Link>
    </section>
  );
}

/** Who the partners are, the lead partner first, and what they bring in all. */
export function PartnersPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { procedure, organisations } = useProcedure();
  const total = organisations
    .flatMap((organisation) => organisation.resources)
    .reduce((sum, resource) => sum + (resource.amountCents ?? 0), 0);
  const ordered = [...organisations].sort(
    (a, b) => Number(b.role === "capofila") - Number(a.role === "capofila"),
  );
  return (
    <section className="tavolo-panel" aria-labelledby="partners-panel-title">
      <h2 id="partners-panel-title" className="h4">
        {t("overview.partners.title")}
      </h2>
      {organisations.length === 0 ? (
        <p>{t("overview.partners.none")}</p>
      ) : (
        <>
          <ul className="tavolo-plain-list">
            {ordered.map((organisation) => (
              <li key={organisation.id}>
                {organisation.name}
                {organisation.role === "capofila" && (
                  <span className="badge tavolo-badge-capofila ms-2">
                    {t("partners.roles.capofila")}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {total > 0 && (
            <p>{t("overview.partners.total", { amount: formatCents(total, language) })}</p>
          )}
        </>
      )}
      <Link to={`/procedure/${procedure.id}/enti`}>{t("overview.partners.all")}</Link>
    </section>
  );
}

/** How many people there are in each role. */
export function PeoplePanel() {
  const { t } = useTranslation();
  const label = useLabel();
  const { procedure, members } = useProcedure();
  const count = (role: Role) => members.filter((member) => member.role === role).length;
  return (
    <section className="tavolo-panel" aria-labelledby="people-panel-title">
      <h2 id="people-panel-title" className="h4">
        {t("overview.people.title")}
      </h2>
      <ul className="tavolo-plain-list">
        {RoleSchema.options
          .filter((role) => count(role) > 0)
          .map((role) => (
            <li key={role}>
              {label(ROLE_LABELS[role])}: {count(role)}
            </li>
          ))}
      </ul>
      <Link to={`/procedure/${procedure.id}/persone`}>{t("overview.people.all")}</Link>
    </section>
  );
}
