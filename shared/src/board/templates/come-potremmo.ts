import { type BoardTemplate, gridFrames } from "./template.ts";

/**
 * "How might we…?": from the challenge to questions that open it up, to ideas, to the ideas the
 * table chooses (usually by dot voting on the "Idee" frame).
 */
export const COME_POTREMMO: BoardTemplate = {
  id: "come-potremmo",
  title: { it: "Come potremmo…?", en: "How might we…?" },
  description: {
    it: "Dalla sfida alle domande «Come potremmo…?», alle idee, alle idee scelte.",
    en: "From the challenge to “How might we…?” questions, to ideas, to the chosen ones.",
  },
  frames: gridFrames(
    [
      {
        key: "sfida",
        title: "La sfida",
        prompt: "Qual è il problema, per chi, e perché conta adesso?",
        colour: "arancione",
      },
      {
        key: "domande",
        title: "Come potremmo…?",
        prompt: "Riformulate la sfida in domande che iniziano con «Come potremmo…».",
        colour: "azzurro",
      },
      {
        key: "idee",
        title: "Idee",
        prompt: "Tutte le idee, senza giudicarle: prima la quantità, poi la qualità.",
        colour: "giallo",
      },
      {
        key: "scelte",
        title: "Idee scelte",
        prompt: "Spostate qui le idee più votate da sviluppare insieme.",
        colour: "verde",
      },
    ],
    { columns: 4, w: 600, h: 900, y: 120 },
  ),
  labels: [{ key: "titolo", text: "Come potremmo…?", x: 0, y: 20, w: 600, size: "grande" }],
};
