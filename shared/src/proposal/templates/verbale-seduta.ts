import type { ProposalTemplateInput } from "./template-schema.ts";

/**
 * The minutes (verbale) of one session of the co-design table. No character limits: minutes
 * are as long as the session needs. The server may prefill date, place and attendees from the
 * meeting record (see `buildInitialContent`'s `prefill`).
 */
export const VERBALE_SEDUTA: ProposalTemplateInput = {
  id: "verbale-seduta",
  version: 1,
  kind: "verbale",
  label: { it: "Verbale di seduta del tavolo", en: "Minutes of a table session" },
  fundingLine: null,
  documentKeys: ["verbale"],
  sections: [
    {
      key: "seduta",
      title: "Data, ora e luogo",
      guidance:
        "Indicare il numero della seduta, la data, l'ora di inizio e il luogo o il collegamento online; chi presiede e chi redige il verbale.",
    },
    {
      key: "presenti",
      title: "Presenti",
      guidance:
        "Elencare i presenti raggruppati per ente (Comune, enti del Terzo settore, altri enti) con nome, cognome e ruolo; indicare gli assenti giustificati e gli eventuali ospiti.",
    },
    {
      key: "ordine_del_giorno",
      title: "Ordine del giorno",
      guidance:
        "Riportare i punti all'ordine del giorno, numerati, come indicati nella convocazione.",
    },
    {
      key: "svolgimento",
      title: "Svolgimento della seduta",
      guidance:
        "Per ogni punto sintetizzare la discussione: proposte avanzate, posizioni degli enti, materiali presentati (lavagne, bozze, dati). Non serve trascrivere ogni intervento: chi era assente deve capire come si è arrivati alle decisioni.",
    },
    {
      key: "decisioni",
      title: "Decisioni assunte",
      guidance:
        "Elencare in modo puntuale che cosa il tavolo ha deciso o concordato, e i punti rimasti aperti con le diverse posizioni.",
    },
    {
      key: "prossimi_passi",
      title: "Prossimi passi e impegni",
      guidance:
        "Per ogni impegno indicare chi lo assume (ente e referente), che cosa deve fare ed entro quando; indicare data e argomenti della prossima seduta.",
    },
    {
      key: "chiusura",
      title: "Chiusura e approvazione del verbale",
      guidance:
        "Indicare l'ora di chiusura della seduta e come viene approvato il verbale (ad esempio invio ai partecipanti e approvazione all'inizio della seduta successiva).",
    },
  ],
};
