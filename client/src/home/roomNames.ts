import { ROOM_NAME_MAX_LENGTH, RoomNameSchema } from "@tavolo/shared";

/** Words a suggested note name is made of: things found around a co-design table. */
const WORDS = [
  "agorà",
  "bussola",
  "cantiere",
  "ponte",
  "piazza",
  "quaderno",
  "lavagna",
  "orto",
  "mosaico",
  "officina",
  "girasole",
  "faro",
] as const;

type RandomInt = (below: number) => number;

const cryptoRandomInt: RandomInt = (below) => {
  const value = new Uint32Array(1);
  crypto.getRandomValues(value);
  return (value[0] ?? 0) % below;
};

/** A valid, easy to read aloud note name such as `nota-bussola-4821`. */
export function randomRoomName(randomInt: RandomInt = cryptoRandomInt): string {
  const word = toRoomAlphabet(WORDS[randomInt(WORDS.length)] ?? "tavolo");
  const number = String(1000 + randomInt(9000));
  return `nota-${word}-${number}`;
}

/**
 * The closest valid note name to what someone typed ("Riunione 12 marzo" → "riunione-12-marzo"),
 * or null when nothing usable is left or it is what they typed already.
 */
export function suggestRoomName(typed: string): string | null {
  const suggestion = toRoomAlphabet(typed).slice(0, ROOM_NAME_MAX_LENGTH).replace(/-+$/, "");
  if (suggestion === "" || suggestion === typed) return null;
  return RoomNameSchema.safeParse(suggestion).success ? suggestion : null;
}

function toRoomAlphabet(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.{2,}/g, ".")
    .replace(/[^a-z0-9_.:-]+/g, "-")
    .replace(/^[-.]+/, "")
    .replace(/-{2,}/g, "-");
}
