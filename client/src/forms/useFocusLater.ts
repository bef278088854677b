import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Moves the focus to the element with a given id as soon as it is on the page. After a save,
 * the element to focus (a new card's heading, the button that opened a form) often appears
 * only once the reloaded data has rendered, which may take more than one render.
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [, setRequests] = useState(0);

  // No dependencies on purpose: every render may be the one that brings the element.
  useEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    if (!element) return;
    pending.current = null;
    element.focus();
  });

  return useCallback((id: string) => {
    pending.current = id;
    setRequests((count) => count + 1);
  }, []);
}
