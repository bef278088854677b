import type { ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "../../layout/Breadcrumb.tsx";
import { useProcedure } from "../../procedure/useProcedure.ts";
import { useFullscreen } from "./useFullscreen.ts";

/**
 * The board's slim bar: the way back, the board's name, the connection state and "Schermo
 * intero" — one line, so the canvas gets the rest of the window.
 */
export function BoardHeader({
  title,
  stage,
  children,
}: {
  title: string;
  stage: RefObject<HTMLElement | null>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { procedure } = useProcedure();
  const fullscreen = useFullscreen(stage);
  return (
    <div className="tavolo-board-head">
      <Breadcrumb
        crumbs={[
          { label: t("myProcedures.title"), to: "/" },
          { label: procedure.title, to: `/procedure/${procedure.id}` },
          { label: title },
        ]}
      />
      <h1 className="tavolo-board-head__title">
        <span className="tavolo-board-head__kicker">{t("boards.kicker")}</span> <span>{title}</span>
      </h1>
      <div className="tavolo-board-head__end">
        {children}
        {fullscreen.supported && (
          <button
            type="button"
            className="btn btn-sm btn-outline-primary"
            aria-pressed={fullscreen.active}
            onClick={fullscreen.toggle}
          >
            {t("boards.workshop.fullscreen")}
          </button>
        )}
      </div>
    </div>
  );
}
