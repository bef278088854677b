import type { Person, SignInLinkPreview } from "@tavolo/shared";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Link,
  type LoaderFunctionArgs,
  useLoaderData,
  useParams,
  useRevalidator,
} from "react-router-dom";
import { FieldError } from "../forms/Field.tsx";
import { errorsOfFailure } from "../forms/useApiForm.ts";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { orNullWhen } from "../session/session.ts";
import { identityApi } from "./identityApi.ts";

interface SignInLinkData {
  /** Null when no link has this token. */
  preview: SignInLinkPreview | null;
}

export async function signInLinkLoader({ params }: LoaderFunctionArgs): Promise<SignInLinkData> {
  return {
    preview: await orNullWhen([400, 404], identityApi.previewSignInLink(params.token ?? "")),
  };
}

/**
 * "/accesso/:token": a one-time sign-in link (a facilitator's, the first-start one, or an
 * administrator's invitation). Opening the page spends nothing: "Accedi" does.
 */
export function SignInLinkPage() {
  const { t } = useTranslation();
  const { preview } = useLoaderData<SignInLinkData>();
  const [signedIn, setSignedIn] = useState<Person | null>(null);
  usePageTitle(t("adminIdentity.signInLink.pageTitle"));
  return (
    <div className="container tavolo-page">
      <div className="row">
        <div className="col-lg-8">
          <p className="tavolo-kicker">{t("adminIdentity.signInLink.kicker")}</p>
          {signedIn && preview ? (
            <SignedIn person={signedIn} kind={preview.kind} />
          ) : preview?.valid ? (
            <SignInForm preview={preview} onSignedIn={setSignedIn} />
          ) : (
            <Unusable reason={preview?.reason ?? null} />
          )}
        </div>
      </div>
    </div>
  );
}

function SignInForm({
  preview,
  onSignedIn,
}: {
  preview: SignInLinkPreview;
  onSignedIn: (person: Person) => void;
}) {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = preview.displayName;
  const title =
    preview.kind === "bootstrap"
      ? t("adminIdentity.signInLink.titleAdmin")
      : preview.kind === "instance-invitation"
        ? t("adminIdentity.signInLink.titleInvitation", { name })
        : t("adminIdentity.signInLink.title", { name });
  const intro =
    preview.kind === "bootstrap"
      ? t("adminIdentity.signInLink.introAdmin")
      : preview.kind === "instance-invitation"
        ? t("adminIdentity.signInLink.introInvitation")
        : t("adminIdentity.signInLink.intro", { name });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const person = await identityApi.spendSignInLink(token);
      await revalidator.revalidate();
      onSignedIn(person);
    } catch (failure) {
      setError(Object.values(errorsOfFailure(failure, t)).join(" "));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-link-title">
      <h1 id="sign-in-link-title" className="tavolo-page__title">
        {title}
      </h1>
      <p className="lead">{intro}</p>
      <button
        type="submit"
        className="btn btn-primary"
        disabled={busy}
        aria-describedby={error ? "sign-in-link-error" : undefined}
      >
        {busy ? t("adminIdentity.signInLink.busy") : t("adminIdentity.signInLink.submit")}
      </button>
      {error && <FieldError id="sign-in-link-error" message={error} live />}
    </form>
  );
}

function SignedIn({ person, kind }: { person: Person; kind: SignInLinkPreview["kind"] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="signed-in-title">
      <h1 id="signed-in-title" className="tavolo-page__title" tabIndex={-1}>
        {t("adminIdentity.signInLink.done", { name: person.displayName })}
      </h1>
      <p className="lead">{t("adminIdentity.signInLink.addPasskey")}</p>
      <ul className="list-inline">
        <li className="list-inline-item">
          <Link to="/account" className="btn btn-primary">
            {t("adminIdentity.signInLink.addPasskeyLink")}
          </Link>
        </li>
        <li className="list-inline-item">
          <Link
            to={kind === "bootstrap" ? "/amministrazione" : "/"}
            className="btn btn-outline-primary"
          >
            {kind === "bootstrap"
              ? t("adminIdentity.signInLink.toAdmin")
              : t("adminIdentity.signInLink.toProcedures")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function Unusable({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  const why =
    reason === null
      ? t("adminIdentity.signInLink.unknown")
      : /expired/.test(reason)
        ? t("adminIdentity.signInLink.expired")
        : /already used/.test(reason)
          ? t("adminIdentity.signInLink.used")
          : t("adminIdentity.signInLink.other");
  return (
    <>
      <h1 className="tavolo-page__title">{t("adminIdentity.signInLink.unusable")}</h1>
      <p className="lead">{why}</p>
    </>
  );
}
