import { z } from "zod";

/**
 * Sticky-note colours. All are light enough for black text to pass WCAG AA (contrast ≥ 4.5:1),
 * so the colour never decides whether a note is readable.
 */
export const NOTE_COLOURS = {
  giallo: { hex: "#FFF3A3", it: "Giallo", en: "Yellow" },
  arancione: { hex: "#FFD6A5", it: "Arancione", en: "Orange" },
  rosa: { hex: "#FFC9DE", it: "Rosa", en: "Pink" },
  viola: { hex: "#E2D4FF", it: "Viola", en: "Purple" },
  azzurro: { hex: "#C7E7FF", it: "Azzurro", en: "Light blue" },
  verde: { hex: "#C9F2C7", it: "Verde", en: "Green" },
  grigio: { hex: "#E6E9EC", it: "Grigio", en: "Grey" },
  bianco: { hex: "#FFFFFF", it: "Bianco", en: "White" },
} as const;

export const NoteColourSchema = z.enum([
  "giallo",
  "arancione",
  "rosa",
  "viola",
  "azzurro",
  "verde",
  "grigio",
  "bianco",
]);
export type NoteColour = z.infer<typeof NoteColourSchema>;

/**
 * What a note stores: a fixed colour, or "organizzazione" to follow its organisation's colour,
 * so a facilitator can see at a glance which partner wrote what.
 */
export const NoteColourChoiceSchema = z.union([NoteColourSchema, z.literal("organizzazione")]);
export type NoteColourChoice = z.infer<typeof NoteColourChoiceSchema>;

/** Colours handed out to organisations; grey and white stay free for people with no organisation. */
const ORGANISATION_PALETTE: readonly NoteColour[] = [
  "giallo",
  "azzurro",
  "verde",
  "rosa",
  "arancione",
  "viola",
];

/**
 * An organisation's colour, the same on every client without storing it: a small hash of its
 * id picks from the palette. People with no organisation get grey.
 */
export function organisationColour(organisationId: string | null): NoteColour {
  if (!organisationId) return "grigio";
  let hash = 0;
  for (let i = 0; i < organisationId.length; i++) {
    hash = (hash * 31 + organisationId.charCodeAt(i)) >>> 0;
  }
  return ORGANISATION_PALETTE[hash % ORGANISATION_PALETTE.length] ?? "giallo";
}

/** The colour to paint a note with. */
export function resolveNoteColour(note: {
  colour: NoteColourChoice;
  organisationId: string | null;
}): NoteColour {
  return note.colour === "organizzazione" ? organisationColour(note.organisationId) : note.colour;
}
