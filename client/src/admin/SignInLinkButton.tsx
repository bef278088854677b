import type { IssuedSignInLink, Member } from "@tavolo/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatShortDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { CopyField } from "../forms/CopyField.tsx";
import { FieldError } from "../forms/Field.tsx";
import { errorsOfFailure } from "../forms/useApiForm.ts";
import { identityApi } from "./identityApi.ts";

/**
 * A facilitator's "Link di accesso" for a member who has no passkey or lost their device: a
 * one-time, short-lived link shown once, to copy and send to that person only.
 */
export function SignInLinkButton({ procedureId, member }: { procedureId: string; member: Member }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<IssuedSignInLink | null>(null);
  const [error, setError] = useState<string | null>(null);

  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      setLink(await identityApi.issueSignInLink(procedureId, member.personId));
    } catch (failure) {
      setError(Object.values(errorsOfFailure(failure, t)).join(" "));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tavolo-sign-in-link">
      <button
        type="button"
        className="btn btn-outline-primary btn-sm"
        disabled={busy}
        aria-describedby={error ? `${id}-error` : undefined}
        onClick={() => void issue()}
      >
        {busy ? t("adminIdentity.issue.busy") : t("adminIdentity.issue.button")}
        <span className="visually-hidden"> {member.displayName}</span>
      </button>
      {error && <FieldError id={`${id}-error`} message={error} live />}
      {link && (
        <div role="status">
          <CopyField
            label={t("adminIdentity.issue.label", { name: member.displayName })}
            hint={t("adminIdentity.issue.hint", {
              time: formatShortDateTime(link.expiresAt, language),
            })}
            value={`${window.location.origin}${link.path}`}
          />
        </div>
      )}
    </div>
  );
}
