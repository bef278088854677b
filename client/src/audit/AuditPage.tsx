import type { AuditEvent } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, useLoaderData } from "react-router-dom";
import { api } from "../api/api.ts";
import { formatShortDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { ProcedurePage } from "../procedure/ProcedurePage.tsx";
import { orNullWhen } from "../session/session.ts";
import { auditSentence } from "./auditSentence.ts";

interface AuditData {
  /** Null for people who may not read it (only facilitators may). */
  events: AuditEvent[] | null;
}

export async function auditLoader({ params }: LoaderFunctionArgs): Promise<AuditData> {
  return { events: await orNullWhen(403, api.audit(params.pid ?? "")) };
}

/** "/procedure/:pid/registro": who did what and when, newest first (facilitators). */
export function AuditPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { events } = useLoaderData<AuditData>();
  return (
    <ProcedurePage section="audit">
      <h2 className="h3">{t("audit.title")}</h2>
      {events === null ? (
        <p className="alert alert-info">{t("audit.forbidden")}</p>
      ) : (
        <>
          <p className="tavolo-muted">{t("audit.intro")}</p>
          <div className="table-responsive">
            <table className="table tavolo-table tavolo-audit">
              <caption>{t("audit.caption", { count: events.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("audit.when")}</th>
                  <th scope="col">{t("audit.who")}</th>
                  <th scope="col">{t("audit.what")}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id}>
                    <td className="tavolo-audit__when">
                      <time dateTime={event.at}>{formatShortDateTime(event.at, language)}</time>
                    </td>
                    <th scope="row">{event.actorName}</th>
                    <td>{auditSentence(event, t, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </ProcedurePage>
  );
}
