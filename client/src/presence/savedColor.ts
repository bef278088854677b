import {
  isPresenceColorName,
  type PresenceColorName,
  randomPresenceColor,
} from "./presenceColors.ts";

const storageKey = (personId: string) => `tavolo.color.${personId}`;

/**
 * The colour this person is shown in, remembered on this device for them (not for the device:
 * a shared office computer serves several people). Chosen at random the first time.
 */
export function loadColor(personId: string): PresenceColorName {
  try {
    const stored = localStorage.getItem(storageKey(personId));
    if (isPresenceColorName(stored)) return stored;
  } catch {
    // Storage refused (private browsing): a colour for this page only.
  }
  const color = randomPresenceColor();
  saveColor(personId, color);
  return color;
}

export function saveColor(personId: string, color: PresenceColorName): void {
  try {
    localStorage.setItem(storageKey(personId), color);
  } catch {
    // Storage refused (private browsing): the colour lasts for this page only.
  }
}
