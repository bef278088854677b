import { type RefObject, useCallback, useEffect, useState } from "react";

/**
 * The Fullscreen API on `target`: whether it is full screen now (Esc, handled by the browser,
 * also leaves) and a toggle; `supported` is false where the browser refuses it (e.g. iPhone).
 */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const update = () => setActive(document.fullscreenElement === target.current);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, [target]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    // A refusal (no user gesture, a policy) leaves the page as it was: nothing to undo.
    target.current?.requestFullscreen().catch(() => undefined);
  }, [target]);
  return { active, toggle, supported: document.fullscreenEnabled === true };
}
