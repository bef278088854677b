import { isPresenceColorName, type PresenceColorName } from "./presenceColors.ts";

/** Who this person says they are, remembered on this device only. */
export interface LocalProfile {
  name: string;
  color: PresenceColorName;
}

const STORAGE_KEY = "tavolo.profile";

export const DISPLAY_NAME_MIN_LENGTH = 2;
export const DISPLAY_NAME_MAX_LENGTH = 60;

/** A display name as it will be shown: spaces collapsed, at most the maximum length. */
export function normaliseDisplayName(name: string): string {
  return name.replace(/\s+/g, " ").trim().slice(0, DISPLAY_NAME_MAX_LENGTH);
}

export function loadProfile(): LocalProfile | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    if (typeof stored !== "object" || stored === null) return null;
    const { name, color } = stored as Record<string, unknown>;
    if (typeof name !== "string" || !isPresenceColorName(color)) return null;
    const normalised = normaliseDisplayName(name);
    return normalised.length >= DISPLAY_NAME_MIN_LENGTH ? { name: normalised, color } : null;
  } catch {
    return null;
  }
}

export function saveProfile(profile: LocalProfile): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(profile));
  } catch {
    // Storage refused (private browsing): the name lasts for this page only.
  }
}
