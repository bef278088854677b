import { type BoardTemplate, quadrantMatrix } from "./template.ts";

/**
 * The impact/feasibility matrix for choosing among ideas: impact grows upwards, feasibility to
 * the right, so "subito" (high, high) sits top right.
 */
export const IMPATTO_FATTIBILITA: BoardTemplate = {
  id: "impatto-fattibilita",
  title: { it: "Matrice impatto/fattibilità", en: "Impact/feasibility matrix" },
  description: {
    it: "Quali idee portare avanti: impatto atteso contro fattibilità.",
    en: "Which ideas to pursue: expected impact against feasibility.",
  },
  ...quadrantMatrix({
    title: "Matrice impatto/fattibilità",
    verticalAxis: "IMPATTO",
    horizontalAxis: "FATTIBILITÀ",
    quadrants: [
      {
        key: "strategici",
        title: "Progetti strategici",
        prompt: "Alto impatto, difficili: cosa servirebbe per renderli possibili?",
        colour: "azzurro",
      },
      {
        key: "subito",
        title: "Da fare subito",
        prompt: "Alto impatto e fattibili: da qui partono le azioni.",
        colour: "verde",
      },
      {
        key: "accantonare",
        title: "Da accantonare",
        prompt: "Basso impatto e difficili: per ora le lasciamo da parte.",
        colour: "grigio",
      },
      {
        key: "piccoli-passi",
        title: "Piccoli passi",
        prompt: "Impatto limitato ma facili: utili per cominciare.",
        colour: "giallo",
      },
    ],
  }),
};
