import { useEffect } from "react";

/**
 * While a board is open the whole window is the workshop: the page's brand bar and footer
 * step aside (workshop.css reads this class on <html>) so nothing scrolls between the tools and
 * the canvas.
 */
export function useWorkshopMode(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add("tavolo-workshop-mode");
    return () => root.classList.remove("tavolo-workshop-mode");
  }, []);
}
