import { useTranslation } from "react-i18next";
import { useNavigate, useRevalidator } from "react-router-dom";
import { api } from "../api/api.ts";
import { Icon } from "../layout/Icon.tsx";
import { forgetDeviceCopies } from "../sync/deviceCopy.ts";
import { usePerson } from "./session.ts";

/** Who is signed in on this browser, and the way out (a shared office computer needs one). */
export function SessionMenu() {
  const { t } = useTranslation();
  const person = usePerson();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  if (!person) return null;

  const signOut = async () => {
    try {
      await api.endSession();
    } finally {
      // Even if the server did not answer, show what the browser now knows, and leave none of
      // this person's rooms on a computer the next person may use (deleted once they close).
      await navigate("/");
      forgetDeviceCopies(person.id).catch((error: unknown) => {
        console.warn("Tavolo: the rooms kept on this device could not be deleted", error);
      });
      await revalidator.revalidate();
    }
  };

  return (
    <div className="tavolo-session">
      <p className="tavolo-session__name">
        <Icon name="it-user" className="icon-white icon-sm" />
        <span className="visually-hidden">{t("session.signedInAs")} </span>
        <span>{person.displayName}</span>
      </p>
      <button
        type="button"
        className="tavolo-session__out"
        onClick={() => void signOut().catch(() => undefined)}
      >
        {t("session.signOut")}
      </button>
    </div>
  );
}
