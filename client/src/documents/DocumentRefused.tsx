import { CloseCode } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { RoomRefusal } from "../sync/roomAccess.ts";

type DocumentRefusedProps =
  /** The API refused before connecting. */
  | { reason: RoomRefusal; code?: undefined }
  /** The server closed the connection with a code after which nothing retries. */
  | { reason?: undefined; code: number };

function refusalOfCode(code: number): RoomRefusal | "tooLarge" | null {
  if (code === CloseCode.unauthorized) return "unauthorized";
  if (code === CloseCode.forbidden) return "forbidden";
  if (code === CloseCode.documentTooLarge) return "tooLarge";
  return null;
}

/** Why this document cannot be opened or written any more, with the way back. */
export function DocumentRefused({ reason, code }: DocumentRefusedProps) {
  const { t } = useTranslation();
  const refusal = reason ?? (code === undefined ? null : refusalOfCode(code));
  return (
    <div className="alert alert-danger" role="alert">
      <h2 className="h5 alert-heading">{t("documents.fatal.title")}</h2>
      <p>{refusal ? t(`documents.fatal.${refusal}`) : t("documents.fatal.other")}</p>
      {code !== undefined && <p className="small mb-2">{t("documents.fatal.code", { code })}</p>}
      <Link to="/">{t("documents.fatal.backHome")}</Link>
    </div>
  );
}
