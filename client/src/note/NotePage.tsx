import { RoomNameSchema } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { NoteRoom } from "./NoteRoom.tsx";

/** "/procedure/:pid/nota/:room": checks the name in the address, then opens that shared note. */
export function NotePage() {
  const { room = "" } = useParams();
  const parsed = RoomNameSchema.safeParse(room);
  if (!parsed.success) return <InvalidRoom room={room} />;
  return <NoteRoom key={parsed.data} name={parsed.data} />;
}

function InvalidRoom({ room }: { room: string }) {
  const { t } = useTranslation();
  const { procedure } = useProcedure();
  usePageTitle(t("note.invalidRoom.pageTitle"));
  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("note.invalidRoom.title")}</h1>
      <p className="lead">{t("note.invalidRoom.body", { room })}</p>
      <Link to={`/procedure/${procedure.id}`} className="btn btn-primary">
        {t("note.backToProcedure")}
      </Link>
    </div>
  );
}
