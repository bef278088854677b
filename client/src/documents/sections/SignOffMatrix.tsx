import {
  canTransition,
  isSectionOwner,
  type SectionActor,
  type SectionSignOff,
  type SectionStatus,
} from "@tavolo/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatShortDateTime } from "../../format/dates.ts";
import { useProcedure } from "../../procedure/useProcedure.ts";
import { organisationName } from "../DocumentContext.tsx";
import { useLanguage } from "../useLanguage.ts";
import type { SectionSignOffState } from "./useSectionSignOff.ts";

type ActionKey = "markReady" | "withdraw" | "close" | "reopen";

/** The moves this person may make on a section now, each with its button's label. */
function actionsFor(row: SectionSignOff, actor: SectionActor) {
  const owner = isSectionOwner(actor, row.assignedOrganisationId);
  const moves: { to: SectionStatus; label: ActionKey }[] =
    row.status === "in-scrittura"
      ? [{ to: "pronta", label: "markReady" }]
      : row.status === "pronta"
        ? [
            { to: "chiusa", label: "close" },
            { to: "in-scrittura", label: owner ? "withdraw" : "reopen" },
          ]
        : [{ to: "in-scrittura", label: "reopen" }];
  return moves.filter(({ to }) => canTransition(row.status, to, actor, row.assignedOrganisationId));
}

/**
 * "Stato delle sezioni": who writes each section, whether it is in writing, ready (and who
 * signed it off, when) or closed, with the buttons this person's role allows: the owner's
 * "Segna come pronta" and the facilitator's "Chiudi sezione" and "Riapri". The server checks
 * every move again.
 */
export function SignOffMatrix({ signOff }: { signOff: SectionSignOffState }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const { me, organisations } = useProcedure();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { rows, failed, move } = signOff;
  if (rows !== null && rows.length === 0) return null;
  const ready = rows?.filter((row) => row.status !== "in-scrittura").length ?? 0;

  const run = async (row: SectionSignOff, to: SectionStatus) => {
    setBusy(true);
    setError(null);
    try {
      await move(row.sectionKey, to);
    } catch (caught) {
      setError(t("documents.signOff.failed", { error: (caught as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="tavolo-doc-side__panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h6 tavolo-doc-side__title">
        {t("documents.signOff.title")}
      </h2>
      <p className="tavolo-doc-side__hint">{t("documents.signOff.hint")}</p>
      {failed && <p className="tavolo-doc-side__hint">{t("documents.signOff.loadFailed")}</p>}
      {rows && (
        <p className="tavolo-signoff__count" data-testid="signoff-count">
          {t("documents.signOff.readyCount", { ready, total: rows.length })}
        </p>
      )}
      <p role="alert" className={error ? "alert alert-danger py-1 px-2 small" : "visually-hidden"}>
        {error}
      </p>
      <ul className="tavolo-signoff">
        {(rows ?? []).map((row) => (
          <li
            key={row.sectionKey}
            className="tavolo-signoff__row"
            data-testid={`signoff-${row.sectionKey}`}
          >
            <div className="tavolo-signoff__head">
              <span className="tavolo-signoff__title">{row.title}</span>
              <span className={`tavolo-signoff__status tavolo-signoff__status--${row.status}`}>
                {t(`documents.signOff.statuses.${row.status}`)}
              </span>
            </div>
            <div className="tavolo-signoff__meta">
              {t("documents.signOff.owner")}:{" "}
              {row.assignedOrganisationId
                ? (organisationName(organisations, row.assignedOrganisationId) ??
                  t("documents.removedOrganisation"))
                : t("documents.signOff.nobody")}
            </div>
            {row.signedOffBy && row.signedOffAt && (
              <div className="tavolo-signoff__meta">
                {t("documents.signOff.signedOff", {
                  name: row.signedOffBy.name,
                  date: formatShortDateTime(row.signedOffAt, language),
                })}
              </div>
            )}
            <div className="tavolo-signoff__actions">
              {actionsFor(row, me).map(({ to, label }) => (
                <button
                  key={to}
                  type="button"
                  className="btn btn-outline-primary btn-sm"
                  disabled={busy}
                  aria-label={t("documents.signOff.actionLabel", {
                    action: t(`documents.signOff.${label}`),
                    section: row.title,
                  })}
                  onClick={() => void run(row, to)}
                >
                  {t(`documents.signOff.${label}`)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
