import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { Icon } from "../layout/Icon.tsx";
import { usePerson } from "./session.ts";
import { useSignOut } from "./useSignOut.ts";

/** Who is signed in on this browser, their account, and the way out (shared office computers). */
export function SessionMenu() {
  const { t } = useTranslation();
  const person = usePerson();
  const navigate = useNavigate();
  const signOut = useSignOut(person?.id);
  if (!person) return null;

  // Without a passkey, signing out loses the account: the account page says so first.
  const leave = () =>
    person.needsPasskey ? navigate("/account#esci") : signOut().catch(() => undefined);

  return (
    <div className="tavolo-session">
      <p className="tavolo-session__name">
        <Icon name="it-user" className="icon-white icon-sm" />
        <span className="visually-hidden">{t("session.signedInAs")} </span>
        <span>{person.displayName}</span>
      </p>
      <Link to="/account" className="tavolo-session__account">
        {t("account.link")}
      </Link>
      <button type="button" className="tavolo-session__out" onClick={() => void leave()}>
        {t("session.signOut")}
      </button>
    </div>
  );
}
