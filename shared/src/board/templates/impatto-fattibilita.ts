import { type BoardTemplate, gridFrames } from "./template.ts";

const SIDE = 800;
const GAP = 40;

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
  frames: gridFrames(
    [
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
    { columns: 2, w: SIDE, h: SIDE, gap: GAP, x: 120, y: 120 },
  ),
  labels: [
    { key: "titolo", text: "Matrice impatto/fattibilità", x: 120, y: 20, w: 800, size: "grande" },
    { key: "asse-impatto", text: "↑ IMPATTO", x: -100, y: 80, w: 200 },
    {
      key: "asse-fattibilita",
      text: "FATTIBILITÀ →",
      x: 120,
      y: 120 + 2 * SIDE + GAP + 30,
      w: 400,
    },
  ],
};
