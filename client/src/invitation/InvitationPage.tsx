import {
  ApiRequestError,
  DisplayNameSchema,
  type InvitationPreview,
  ROLE_LABELS,
} from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type LoaderFunctionArgs,
  useLoaderData,
  useNavigate,
  useParams,
  useRevalidator,
} from "react-router-dom";
import {
  INVITATION_PASSKEY_TEXT,
  passkeyAfterAccepting,
  useInvitationPasskeyStep,
} from "../account/invitationPasskey.ts";
import { api } from "../api/api.ts";
import { formatDateTime } from "../format/dates.ts";
import { useLabel, useLanguage } from "../format/language.ts";
import { TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { useApiForm } from "../forms/useApiForm.ts";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { OidcSignInButton } from "../oidc/OidcSignInButton.tsx";
import { orNullWhen, usePerson } from "../session/session.ts";
import { invalidReason } from "./invalidReason.ts";

interface InvitationData {
  /** Null when no invitation has this token. */
  preview: InvitationPreview | null;
}

export async function invitationLoader({ params }: LoaderFunctionArgs): Promise<InvitationData> {
  return { preview: await orNullWhen([400, 404], api.previewInvitation(params.token ?? "")) };
}

/** "/invito/:token": what the invitation is for, a name if needed, and "Accetta l'invito". */
export function InvitationPage() {
  const { t } = useTranslation();
  const { preview } = useLoaderData<InvitationData>();
  usePageTitle(t("invitation.pageTitle"));
  return (
    <div className="container tavolo-page">
      <div className="row g-5">
        <div className="col-lg-8">
          <p className="tavolo-kicker">{t("invitation.kicker")}</p>
          {preview ? (
            <Invitation preview={preview} />
          ) : (
            <Unusable reason={t("invitation.unknown")} />
          )}
        </div>
        <aside className="col-lg-4" aria-labelledby="about-title">
          <div className="tavolo-how">
            <h2 id="about-title" className="h4">
              {t("invitation.aboutTitle")}
            </h2>
            <p>{t("invitation.about")}</p>
            <p className="mb-0">{t("invitation.aboutNext")}</p>
          </div>
        </aside>
      </div>
    </div>
  );
}

function Unusable({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="tavolo-page__title">{t("invitation.unusableTitle")}</h1>
      <div className="alert alert-warning">
        <p className="mb-2">{reason}</p>
        <p className="mb-0">{t("invitation.askAgain")}</p>
      </div>
    </>
  );
}

function Invitation({ preview }: { preview: InvitationPreview }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  if (!preview.valid) return <Unusable reason={t(invalidReason(preview.reason))} />;
  const role = label(ROLE_LABELS[preview.role]);
  return (
    <>
      <h1 className="tavolo-page__title">{preview.procedureTitle}</h1>
      <p className="lead">{t("invitation.lead", { amministrazione: preview.amministrazione })}</p>
      <dl className="tavolo-facts tavolo-invitation-facts">
        <div>
          <dt>{t("invitation.role")}</dt>
          <dd>
            {role}{" "}
            <span className="tavolo-muted">({t(`invitation.roleMeaning.${preview.role}`)})</span>
          </dd>
        </div>
        {preview.organisationName && (
          <div>
            <dt>{t("invitation.organisation")}</dt>
            <dd>{preview.organisationName}</dd>
          </div>
        )}
        <div>
          <dt>{t("invitation.expires")}</dt>
          <dd>{formatDateTime(preview.expiresAt, language)}</dd>
        </div>
      </dl>
      <AcceptForm />
    </>
  );
}

/** Accepts the invitation, asking for a name first when this browser has no session. */
function AcceptForm() {
  const { t } = useTranslation();
  const id = useId();
  const { token = "" } = useParams();
  const person = usePerson();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const form = useApiForm<HTMLInputElement>();
  const [name, setName] = useState("");
  // One step for a newcomer: the name, then the passkey they will come back with.
  const passkeyStep = useInvitationPasskeyStep(!person || person.needsPasskey);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let displayName: string | undefined;
    if (!person) {
      const parsed = DisplayNameSchema.safeParse(name, { reportInput: true });
      if (!parsed.success) {
        form.fail(issuesToFieldErrors(parsed.error, t));
        return;
      }
      displayName = parsed.data;
    }
    void form.run(
      async () => {
        const { procedureId, alreadyMember } = await api.acceptInvitation(token, displayName);
        const welcome = alreadyMember ? t("invitation.alreadyMember") : t("invitation.welcome");
        const passkey = passkeyStep === "create" ? await passkeyAfterAccepting() : "";
        await revalidator.revalidate();
        const notice = passkey ? `${welcome} ${t(passkey)}` : welcome;
        await navigate(`/procedure/${procedureId}`, { state: { notice } });
      },
      (failure) => {
        if (!(failure instanceof ApiRequestError)) return undefined;
        // Revoked from this procedure, or the link was spent while this page was open.
        if (failure.status === 403) return { "": t("invitation.revoked") };
        if (failure.status === 410) return { "": t(invalidReason(failure.message)) };
        return undefined;
      },
    );
  };

  const error = form.errors.displayName ?? form.errors[""];
  return (
    <form noValidate onSubmit={submit} className="card shadow-sm tavolo-card">
      <div className="card-body">
        {person ? (
          <>
            <p>{t("invitation.as", { name: person.displayName })}</p>
            {error && (
              <p className="tavolo-field__error" role="alert">
                {error}
              </p>
            )}
          </>
        ) : (
          <>
            <h2 className="h4">{t("home.startTitle")}</h2>
            <TextField
              id={`${id}-name`}
              label={t("session.nameLabel")}
              hint={t("invitation.nameHint")}
              value={name}
              onChange={setName}
              error={error}
              autoComplete="name"
              inputRef={form.focusTarget}
              required
            />
          </>
        )}
        {passkeyStep !== "none" && (
          <p className="tavolo-muted">{t(INVITATION_PASSKEY_TEXT[passkeyStep])}</p>
        )}
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {passkeyStep === "create" ? t("account.invitation.accept") : t("invitation.accept")}
        </button>
        {!person && <OidcSignInButton invitation={token} />}
      </div>
    </form>
  );
}
