import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A group of tools floating over the canvas, folded to one small button when it is in the way.
 * Folded content stays mounted (hidden), so a tool keeps its state and its live regions.
 */
export function FloatingPanel({
  name,
  className,
  initiallyOpen = true,
  children,
}: {
  name: string;
  className: string;
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div className={`tavolo-float ${className}${open ? "" : " is-folded"}`}>
      <button
        type="button"
        className="btn btn-sm tavolo-float__toggle"
        aria-expanded={open}
        aria-controls={id}
        title={open ? t("boards.workshop.hide", { name }) : t("boards.workshop.show", { name })}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? "‹" : "›"}</span>
        <span className={open ? "visually-hidden" : "tavolo-float__name"}>{name}</span>
      </button>
      <div id={id} className="tavolo-float__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
