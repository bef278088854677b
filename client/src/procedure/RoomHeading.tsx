import { useTranslation } from "react-i18next";
import { Breadcrumb } from "../layout/Breadcrumb.tsx";
import { useProcedure } from "./useProcedure.ts";

/** The breadcrumb back to the procedure and the title of one of its notes, boards or documents. */
export function RoomHeading({ kicker, title }: { kicker: string; title: string }) {
  const { t } = useTranslation();
  const { procedure } = useProcedure();
  return (
    <>
      <Breadcrumb
        crumbs={[
          { label: t("myProcedures.title"), to: "/" },
          { label: procedure.title, to: `/procedure/${procedure.id}` },
          { label: title },
        ]}
      />
      <h1 className="tavolo-page__title tavolo-note-title">
        <span className="tavolo-note-title__kicker">{kicker}</span>
        <span className="tavolo-note-title__name">{title}</span>
      </h1>
    </>
  );
}
