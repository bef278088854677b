import type { SessionView } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevalidator } from "react-router-dom";
import { formatDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { accountApi } from "./passkeys.ts";

interface SessionListProps {
  sessions: SessionView[];
  onDone: (notice: string) => void;
}

/** The browsers signed in as the person, this one marked; end one or all the others. */
export function SessionList({ sessions, onDone }: SessionListProps) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setError("");
    try {
      onDone(await action());
      await revalidator.revalidate();
    } catch {
      setError(t("forms.errors.network"));
    } finally {
      setBusy(false);
    }
  };
  const endOne = (id: string) =>
    act(async () => {
      await accountApi.endSession(id);
      return t("account.sessions.ended");
    });
  const endOthers = () =>
    act(async () => {
      const { ended } = await accountApi.endOtherSessions();
      return t("account.sessions.endedOthers", { count: ended });
    });

  const others = sessions.filter((session) => !session.current).length;
  return (
    <>
      {error && (
        <p className="tavolo-field__error" role="alert">
          {error}
        </p>
      )}
      <ul className="list-group" aria-labelledby="sessions-title">
        {sessions.map((session) => (
          <SessionItem key={session.id} session={session} busy={busy} onEnd={endOne} />
        ))}
      </ul>
      {others > 0 && (
        <div className="mt-3">
          <ConfirmButton
            label={t("account.sessions.endOthers")}
            question={t("account.sessions.endOthersQuestion")}
            confirmLabel={t("account.sessions.endOthersConfirm")}
            onConfirm={endOthers}
            busy={busy}
          />
        </div>
      )}
    </>
  );
}

interface SessionItemProps {
  session: SessionView;
  busy: boolean;
  onEnd: (id: string) => Promise<void>;
}

function SessionItem({ session, busy, onEnd }: SessionItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const device = session.device ?? t("account.sessions.unknownDevice");
  return (
    <li className="list-group-item py-3">
      <p className="fw-semibold mb-1">
        {device}
        {session.current && (
          <span className="badge bg-primary ms-2">{t("account.sessions.current")}</span>
        )}
      </p>
      <p className="tavolo-muted mb-2">
        {t("account.sessions.method")}: {t(`account.methods.${session.method}`)} ·{" "}
        {t("account.sessions.started", { date: formatDateTime(session.createdAt, language) })}
        {session.lastUsedAt && (
          <>
            {" · "}
            {t("account.sessions.lastUsed", {
              date: formatDateTime(session.lastUsedAt, language),
            })}
          </>
        )}
      </p>
      {!session.current && (
        <ConfirmButton
          label={t("account.sessions.end")}
          question={t("account.sessions.endQuestion", { device })}
          confirmLabel={t("account.sessions.endConfirm")}
          onConfirm={() => onEnd(session.id)}
          busy={busy}
        />
      )}
    </li>
  );
}
