import { CloseCode } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { RoomRefusal } from "../sync/roomAccess.ts";

type Refusal = RoomRefusal | "tooLarge";

type RefusedAlertProps =
  /** The API refused before connecting. */
  | { reason: RoomRefusal; code?: undefined }
  /** The server closed the connection with a fatal close code. */
  | { reason?: undefined; code: number };

function refusalOfCode(code: number): Refusal | null {
  if (code === CloseCode.unauthorized) return "unauthorized";
  if (code === CloseCode.forbidden) return "forbidden";
  if (code === CloseCode.documentTooLarge) return "tooLarge";
  return null;
}

/** Why this note cannot be opened or written any more, with the way back home. Nothing retries. */
export function RefusedAlert({ reason, code }: RefusedAlertProps) {
  const { t } = useTranslation();
  const refusal = reason ?? (code === undefined ? null : refusalOfCode(code));
  const message = refusal ? t(`note.fatal.${refusal}`) : t("note.fatal.other");
  return (
    <div className="alert alert-danger" role="alert">
      <h2 className="h5 alert-heading">{t("note.fatal.title")}</h2>
      <p>{message}</p>
      {code !== undefined && <p className="small mb-2">{t("note.fatal.code", { code })}</p>}
      <Link to="/">{t("note.fatal.backHome")}</Link>
    </div>
  );
}
