import { type BoardTemplate, gridFrames } from "./template.ts";

const W = 700;
const H = 500;
const GAP = 40;

/**
 * The design-thinking empathy map, in Italian: one person the intervention serves (e.g. a
 * mother looking for a home, a man sleeping rough near the station) seen through what they say,
 * think, do and feel, then what weighs on them and what they hope for.
 */
export const EMPATHY_MAP: BoardTemplate = {
  id: "empathy-map",
  title: { it: "Mappa dell'empatia", en: "Empathy map" },
  description: {
    it: "Mettersi nei panni di una persona destinataria: dice, pensa, fa, prova.",
    en: "Stepping into a beneficiary's shoes: says, thinks, does, feels.",
  },
  frames: [
    {
      key: "persona",
      title: "Chi è?",
      prompt:
        "Descrivete una persona concreta a cui si rivolge l'intervento: età, situazione, casa.",
      x: 0,
      y: 120,
      w: 2 * W + GAP,
      h: 300,
      colour: "giallo",
    },
    ...gridFrames(
      [
        { key: "dice", title: "Dice", prompt: "Cosa dice? Frasi che avete sentito davvero." },
        { key: "pensa", title: "Pensa", prompt: "Cosa pensa ma forse non dice?" },
        {
          key: "fa",
          title: "Fa",
          prompt: "Cosa fa? A quali servizi si rivolge, come passa le giornate?",
        },
        { key: "prova", title: "Prova", prompt: "Cosa sente? Paure, vergogna, speranze." },
        {
          key: "fatiche",
          title: "Fatiche",
          prompt: "Ostacoli, frustrazioni, rischi che incontra.",
          colour: "rosa",
        },
        {
          key: "desideri",
          title: "Bisogni e desideri",
          prompt: "Cosa vorrebbe ottenere? Cosa per lei sarebbe un successo?",
          colour: "verde",
        },
      ],
      { columns: 2, w: W, h: H, gap: GAP, y: 120 + 300 + GAP },
    ),
  ],
  labels: [{ key: "titolo", text: "Mappa dell'empatia", x: 0, y: 20, w: 700, size: "grande" }],
};
