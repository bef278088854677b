import type { InstanceInfo } from "@tavolo/shared";
import { useTranslation } from "react-i18next";

/** On a fresh installation: where the administrator's first sign-in link is. */
export function FirstStartNotice({ instance }: { instance: InstanceInfo | null }) {
  const { t } = useTranslation();
  if (!instance?.awaitingAdministrator) return null;
  return (
    <div className="alert alert-info tavolo-first-start" role="note">
      <h2 className="h5">{t("adminIdentity.firstStart.title")}</h2>
      <p>{t("adminIdentity.firstStart.body")}</p>
      <p className="mb-0">{t("adminIdentity.firstStart.detail")}</p>
    </div>
  );
}
