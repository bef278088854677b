import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";

/**
 * "Vai alla lavagna": a skip link placed with the page's own skip links (Layout's .skiplinks),
 * so the second Tab of the page reaches the canvas (focusable, so the browser moves focus to it)
 * instead of a dozen toolbar buttons.
 */
export function SkipToCanvas({ canvasId }: { canvasId: string }) {
  const { t } = useTranslation();
  const [host, setHost] = useState<Element | null>(null);
  useEffect(() => setHost(document.querySelector(".skiplinks")), []);
  if (!host) return null;
  return createPortal(
    <a className="visually-hidden-focusable" href={`#${canvasId}`}>
      {t("boards.keyboard.skipToCanvas")}
    </a>,
    host,
  );
}
