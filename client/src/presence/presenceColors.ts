/**
 * The colours people pick for their presence. Each has a contrast of at least 4.5:1 on white,
 * so a name written in it, or its dot, stays readable (WCAG 2.1 AA, 1.4.3 and 1.4.11).
 */
export const PRESENCE_COLORS = {
  blue: "#0066cc",
  green: "#00805a",
  red: "#b3261e",
  purple: "#6f42c1",
  orange: "#a34f00",
  teal: "#00727a",
  magenta: "#a3137d",
  slate: "#455b71",
} as const;

export type PresenceColorName = keyof typeof PRESENCE_COLORS;

export const PRESENCE_COLOR_NAMES = Object.keys(PRESENCE_COLORS) as PresenceColorName[];

export function isPresenceColorName(value: unknown): value is PresenceColorName {
  return typeof value === "string" && Object.hasOwn(PRESENCE_COLORS, value);
}

/** A colour name at random, for someone who has not chosen one yet. */
export function randomPresenceColor(): PresenceColorName {
  const index = Math.floor(Math.random() * PRESENCE_COLOR_NAMES.length);
  return PRESENCE_COLOR_NAMES[index] ?? "blue";
}
