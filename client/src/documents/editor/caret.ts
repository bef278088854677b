import { presenceUserOf } from "../../presence/usePresence.ts";

/**
 * Another person's caret: a line in their colour with their name above it. Hidden from screen
 * readers, which would otherwise read the names as part of the text; "Chi è qui" lists them.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const person = presenceUserOf({ user }) ?? { name: "?", color: "#455b71" };
  const caret = document.createElement("span");
  caret.className = "tavolo-caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = person.color;
  const label = document.createElement("span");
  label.className = "tavolo-caret__label";
  label.style.backgroundColor = person.color;
  label.textContent = person.name;
  // Word joiners give the caret a line box, so the name sits above the line and not on the
  // text, and keep Chromium from placing the local caret inside the widget (as y-tiptap's own).
  caret.append("\u2060", label, "\u2060");
  return caret;
}
