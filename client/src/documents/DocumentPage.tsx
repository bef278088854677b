import "./documents.css";
import { RoomNameSchema } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { DocumentRoom } from "./DocumentRoom.tsx";

/** "/procedure/:pid/documento/:room": checks the name in the address, then opens the document. */
export function DocumentPage() {
  const { room = "" } = useParams();
  const parsed = RoomNameSchema.safeParse(room);
  if (!parsed.success) return <InvalidDocument room={room} />;
  return <DocumentRoom key={parsed.data} name={parsed.data} />;
}

function InvalidDocument({ room }: { room: string }) {
  const { t } = useTranslation();
  const { procedure } = useProcedure();
  usePageTitle(t("documents.invalid.title"));
  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("documents.invalid.title")}</h1>
      <p className="lead">{t("documents.invalid.body", { room })}</p>
      <Link to={`/procedure/${procedure.id}`} className="btn btn-primary">
        {t("documents.backToProcedure")}
      </Link>
    </div>
  );
}
