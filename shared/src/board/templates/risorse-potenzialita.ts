import { type BoardTemplate, quadrantMatrix } from "./template.ts";

/**
 * "La capacità di abitare" from the Pero co-design (Comune di Pero and La Cordata): people are
 * placed on two axes — Risorse (economic conditions for housing autonomy) and Potenzialità
 * (personal, social and context conditions that favour emancipation) — and each quadrant calls
 * for a different kind of answer. Resources grow upwards, potential to the right.
 */
export const RISORSE_POTENZIALITA: BoardTemplate = {
  id: "risorse-potenzialita",
  title: { it: "Risorse × Potenzialità", en: "Resources × Potential" },
  description: {
    it: "La capacità di abitare: due assi, quattro quadranti, una risposta per ciascuno.",
    en: "The ability to live independently: two axes, four quadrants, an answer for each.",
  },
  ...quadrantMatrix({
    title: "La capacità di abitare",
    verticalAxis: "RISORSE (condizioni economiche)",
    horizontalAxis: "POTENZIALITÀ (condizioni personali, sociali e di contesto)",
    quadrants: [
      {
        key: "risorse-alte-potenzialita-basse",
        title: "Risorse alte · Potenzialità basse",
        prompt: "Chi ha mezzi economici ma fragilità personali o sociali: quale accompagnamento?",
        colour: "azzurro",
      },
      {
        key: "risorse-alte-potenzialita-alte",
        title: "Risorse alte · Potenzialità alte",
        prompt:
          "Chi è vicino all'autonomia: quali risposte (es. contratto 3+2, canone calmierato)?",
        colour: "verde",
      },
      {
        key: "risorse-basse-potenzialita-basse",
        title: "Risorse basse · Potenzialità basse",
        prompt: "Chi ha bisogno di accoglienza e presa in carico: quali servizi, quale équipe?",
        colour: "rosa",
      },
      {
        key: "risorse-basse-potenzialita-alte",
        title: "Risorse basse · Potenzialità alte",
        prompt: "Chi ha potenzialità da attivare: contratto di servizio, risparmio, lavoro, reti?",
        colour: "giallo",
      },
    ],
  }),
};
