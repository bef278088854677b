import type { AccountView } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLoaderData } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { orNullWhen } from "../session/session.ts";
import { AddPasskeyForm } from "./AddPasskeyForm.tsx";
import { ApiTokens } from "./ApiTokens.tsx";
import { OidcLink } from "./OidcLink.tsx";
import { PasskeyList } from "./PasskeyList.tsx";
import { accountApi } from "./passkeys.ts";
import { SessionList } from "./SessionList.tsx";
import { SignOutSection } from "./SignOutSection.tsx";

interface AccountData {
  /** Null without a session. */
  account: AccountView | null;
}

export async function accountLoader(): Promise<AccountData> {
  return { account: await orNullWhen(401, accountApi.account()) };
}

/** "/account" ("Il mio account"): the person's passkeys and the browsers signed in as them. */
export function AccountPage() {
  const { t } = useTranslation();
  const { account } = useLoaderData<AccountData>();
  // What the last action did, announced politely ("Passkey aggiunta.").
  const [notice, setNotice] = useState("");
  usePageTitle(t("account.pageTitle"));
  if (!account) {
    return (
      <div className="container tavolo-page">
        <h1 className="tavolo-page__title">{t("account.title")}</h1>
        <p>
          {t("forms.errors.noSession")} <Link to="/">{t("account.signIn.button")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container tavolo-page">
      <p className="tavolo-kicker">{account.person.displayName}</p>
      <h1 className="tavolo-page__title">{t("account.title")}</h1>
      <p className="lead">{t("account.lead")}</p>
      <p role="status" className="tavolo-notice">
        {notice}
      </p>
      <div className="row g-5">
        <section className="col-lg-7" aria-labelledby="passkeys-title">
          <h2 id="passkeys-title" className="h3">
            {t("account.passkeys.title")}
          </h2>
          <p className="tavolo-muted">{t("account.passkeys.intro")}</p>
          {account.person.needsPasskey && (
            <p className="alert alert-warning">{t("account.banner.text")}</p>
          )}
          <PasskeyList passkeys={account.passkeys} onDone={setNotice} />
          <AddPasskeyForm onDone={setNotice} />
        </section>
        <section className="col-lg-5" aria-labelledby="sessions-title">
          <h2 id="sessions-title" className="h3">
            {t("account.sessions.title")}
          </h2>
          <p className="tavolo-muted">{t("account.sessions.intro")}</p>
          <SessionList sessions={account.sessions} onDone={setNotice} />
          <SignOutSection needsPasskey={account.person.needsPasskey} />
        </section>
        <div className="col-lg-7">
          <OidcLink returnTo="/account" />
        </div>
        <div className="col-lg-5" id="token">
          <ApiTokens />
        </div>
      </div>
    </div>
  );
}
