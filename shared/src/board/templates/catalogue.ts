import { BISOGNI_RISORSE } from "./bisogni-risorse.ts";
import { COME_POTREMMO } from "./come-potremmo.ts";
import { EMPATHY_MAP } from "./empathy-map.ts";
import { IDEE_AZIONI } from "./idee-azioni.ts";
import { IMPATTO_FATTIBILITA } from "./impatto-fattibilita.ts";
import { MAPPA_ATTORI } from "./mappa-attori.ts";
import { RISORSE_POTENZIALITA } from "./risorse-potenzialita.ts";
import type { BoardTemplate } from "./template.ts";

/** An empty board: no frames, no labels. */
export const BLANK_TEMPLATE: BoardTemplate = {
  id: "vuota",
  title: { it: "Lavagna vuota", en: "Blank board" },
  description: {
    it: "Nessuna struttura: si parte da zero.",
    en: "No structure: start from scratch.",
  },
  frames: [],
  labels: [],
};

/** Every template, in the order the picker lists them. */
export const BOARD_TEMPLATES: readonly BoardTemplate[] = [
  BLANK_TEMPLATE,
  RISORSE_POTENZIALITA,
  BISOGNI_RISORSE,
  MAPPA_ATTORI,
  EMPATHY_MAP,
  COME_POTREMMO,
  IMPATTO_FATTIBILITA,
  IDEE_AZIONI,
];

export function findBoardTemplate(id: string): BoardTemplate | null {
  return BOARD_TEMPLATES.find((template) => template.id === id) ?? null;
}
