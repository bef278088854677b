import { type BoardTemplate, gridFrames } from "./template.ts";

/**
 * The analysis that opens every co-design (the Pero seed's "analisi dei bisogni, analisi delle
 * risorse e degli ostacoli che ne impediscono la valorizzazione"): what the territory needs,
 * what each partner can bring, what stands in the way and what can help.
 */
export const BISOGNI_RISORSE: BoardTemplate = {
  id: "bisogni-risorse",
  title: { it: "Bisogni e risorse del territorio", en: "Local needs and resources" },
  description: {
    it: "Bisogni rilevati, risorse disponibili, ostacoli e opportunità.",
    en: "Needs, available resources, obstacles and opportunities.",
  },
  frames: gridFrames(
    [
      {
        key: "bisogni",
        title: "Bisogni rilevati",
        prompt: "Quali bisogni emergono nel territorio? Chi li vive, con quale urgenza?",
        colour: "rosa",
      },
      {
        key: "risorse",
        title: "Risorse disponibili",
        prompt:
          "Immobili, personale, co-finanziamento, servizi: cosa mette a disposizione ogni ente?",
        colour: "verde",
      },
      {
        key: "ostacoli",
        title: "Ostacoli",
        prompt: "Cosa impedisce oggi di valorizzare queste risorse?",
        colour: "arancione",
      },
      {
        key: "opportunita",
        title: "Opportunità",
        prompt: "Bandi, reti, spazi sottoutilizzati: su cosa possiamo contare?",
        colour: "azzurro",
      },
    ],
    { columns: 2, w: 900, h: 700, y: 120 },
  ),
  labels: [
    {
      key: "titolo",
      text: "Bisogni e risorse del territorio",
      x: 0,
      y: 20,
      w: 900,
      size: "grande",
    },
  ],
};
