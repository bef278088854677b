import type { BoardTemplate } from "./template.ts";

const W = 700;
const H = 500;
const GAP = 60;
const col = (i: number) => i * (W + GAP);
const row = (i: number) => 120 + i * (H + GAP);

/**
 * A stakeholder and network map: the project in the middle, the four families of actors around
 * it. Participants place one note per actor and draw connectors for existing relationships, so
 * the missing ones show up as gaps.
 */
export const MAPPA_ATTORI: BoardTemplate = {
  id: "mappa-attori",
  title: { it: "Mappa degli attori", en: "Stakeholder map" },
  description: {
    it: "Chi è coinvolto, chi manca e come sono collegati.",
    en: "Who is involved, who is missing and how they are connected.",
  },
  frames: [
    {
      key: "progetto",
      title: "Il progetto",
      prompt: "L'intervento che stiamo co-progettando e il suo ente capofila.",
      x: col(1),
      y: row(1),
      w: W,
      h: H,
      colour: "giallo",
    },
    {
      key: "pubblico",
      title: "Amministrazioni pubbliche",
      prompt: "Comune, Ambito, ASST/ASL, ALER, scuole, servizi sociali: chi decide, chi finanzia?",
      x: col(1),
      y: row(0),
      w: W,
      h: H,
      colour: "azzurro",
    },
    {
      key: "terzo-settore",
      title: "Enti del Terzo settore",
      prompt: "Cooperative, associazioni, fondazioni, ODV, APS: chi gestisce, chi affianca?",
      x: col(0),
      y: row(1),
      w: W,
      h: H,
      colour: "verde",
    },
    {
      key: "privati",
      title: "Imprese, proprietari e finanziatori",
      prompt: "Fondazioni di origine bancaria, imprese, proprietari di immobili, enti religiosi.",
      x: col(2),
      y: row(1),
      w: W,
      h: H,
      colour: "viola",
    },
    {
      key: "comunita",
      title: "Comunità e destinatari",
      prompt: "Persone e famiglie coinvolte, vicinato, volontari, gruppi informali.",
      x: col(1),
      y: row(2),
      w: W,
      h: H,
      colour: "rosa",
    },
  ],
  labels: [
    { key: "titolo", text: "Mappa degli attori", x: 0, y: 20, w: 700, size: "grande" },
    {
      key: "istruzioni",
      text: "Una nota per attore. Collegate con i connettori chi già collabora: dove mancano legami?",
      x: col(2),
      y: row(0),
      w: W,
      size: "piccolo",
    },
  ],
};
