import { type BoardTemplate, gridFrames } from "./template.ts";

/**
 * From ideas to actions: each chosen idea becomes a row across columns that match the sections
 * of the proposal — actions, partnership and roles, resources, timeline, monitoring — so the
 * board can be inserted into the progetto definitivo column by column.
 */
export const IDEE_AZIONI: BoardTemplate = {
  id: "idee-azioni",
  title: { it: "Dalle idee alle azioni", en: "From ideas to actions" },
  description: {
    it: "Per ogni idea scelta: azioni, chi, risorse, quando, come misuriamo.",
    en: "For each chosen idea: actions, who, resources, when, how we measure.",
  },
  frames: gridFrames(
    [
      { key: "idea", title: "Idea", prompt: "L'idea scelta, una per riga.", colour: "giallo" },
      {
        key: "azioni",
        title: "Azioni e attività",
        prompt: "Cosa facciamo concretamente?",
        colour: "verde",
      },
      {
        key: "chi",
        title: "Chi",
        prompt: "Quale ente se ne occupa? Chi è il referente?",
        colour: "azzurro",
      },
      {
        key: "risorse",
        title: "Risorse",
        prompt: "Immobili, personale, co-finanziamento in denaro o in natura.",
        colour: "viola",
      },
      {
        key: "quando",
        title: "Quando",
        prompt: "In quali mesi? (cronoprogramma)",
        colour: "arancione",
      },
      {
        key: "indicatori",
        title: "Come misuriamo",
        prompt: "Indicatori e target per il monitoraggio.",
        colour: "rosa",
      },
    ],
    { columns: 6, w: 450, h: 1200, gap: 20, y: 120 },
  ),
  labels: [{ key: "titolo", text: "Dalle idee alle azioni", x: 0, y: 20, w: 800, size: "grande" }],
};
