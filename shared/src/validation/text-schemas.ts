import { z } from "zod";

/** Unicode format characters (category Cf): zero-width spaces and joiners, bidi marks, BOM. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * A name as people read it: NFC (one "è" however it was typed), without the invisible format
 * characters that let "Facilitatore" plus a zero-width joiner pass for "Facilitatore", and with
 * every run of white space (new lines, no-break spaces included) one space, trimmed.
 */
export function normaliseName(value: string): string {
  return value.normalize("NFC").replace(FORMAT_CHARACTERS, "").replace(/\s+/gu, " ").trim();
}

/**
 * The one schema of every name and title people give (display names, organisations,
 * procedures, rooms, meetings): normalised by `normaliseName`, then refused if nothing visible
 * is left or it is shorter than `min` or longer than `max` characters.
 */
export function nameSchema(min: number, max: number) {
  return z
    .string()
    .overwrite(normaliseName)
    .min(1, { message: "must not be empty", abort: true })
    .min(min, `at least ${min} characters`)
    .max(max, `at most ${max} characters`);
}

/**
 * An address people can open from Tavolo: http or https only (a `javascript:` or `data:` link
 * would run in whoever clicks it), or "" for none.
 */
export const WebLinkSchema = z.union([
  z.url({ protocol: /^https?$/, message: "must be an http or https URL" }),
  z.literal(""),
]);
