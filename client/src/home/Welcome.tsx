import type { InstanceInfo } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { FirstStartNotice } from "../admin/FirstStartNotice.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { OidcSignInButton } from "../oidc/OidcSignInButton.tsx";
import { PasskeySignIn } from "../session/PasskeySignIn.tsx";
import { StartSessionForm } from "../session/StartSessionForm.tsx";

/** The home page before someone has given their name. */
export function Welcome({ instance }: { instance: InstanceInfo }) {
  const { t } = useTranslation();
  usePageTitle(t("home.pageTitle"));
  return (
    <div className="container tavolo-page">
      <div className="row">
        <div className="col-lg-8 tavolo-intro">
          <h1 className="tavolo-page__title">{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
        </div>
      </div>
      <FirstStartNotice instance={instance} />
      <div className="row g-4 mt-2">
        <section className="col-lg-7" aria-labelledby="start-title">
          <div className="card shadow-sm tavolo-card">
            <div className="card-body">
              {instance.signupPolicy === "open" ? (
                <>
                  <h2 id="start-title" className="h4 card-title">
                    {t("home.startTitle")}
                  </h2>
                  <p>{t("home.startIntro")}</p>
                  <StartSessionForm submitLabel={t("home.start")} />
                  <OidcSignInButton />
                </>
              ) : (
                <>
                  <h2 id="start-title" className="h4 card-title">
                    {t("adminIdentity.inviteOnlyTitle")}
                  </h2>
                  <p>{t("adminIdentity.inviteOnly")}</p>
                  <OidcSignInButton />
                </>
              )}
              <p className="tavolo-card__aside">{t("home.invited")}</p>
            </div>
          </div>
          <PasskeySignIn />
        </section>
        <section className="col-lg-5" aria-labelledby="how-title">
          <div className="tavolo-how">
            <h2 id="how-title" className="h4">
              {t("home.howTitle")}
            </h2>
            <ol className="tavolo-how__steps">
              <li>{t("home.how1")}</li>
              <li>{t("home.how2")}</li>
              <li>{t("home.how3")}</li>
            </ol>
          </div>
        </section>
      </div>
    </div>
  );
}
