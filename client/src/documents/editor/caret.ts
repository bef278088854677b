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
  caret.append(label);
  return caret;
}
