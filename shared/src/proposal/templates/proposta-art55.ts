import type { ProposalTemplateInput } from "./template-schema.ts";

/**
 * The project proposal of a co-progettazione under art. 55 D.Lgs. 117/2017 (DM 72/2021): the
 * sections most calls ask for, with the character limits a call typically sets. A procedure can
 * change each limit in the document; this file only gives the starting point.
 */
export const PROPOSTA_ART55: ProposalTemplateInput = {
  id: "proposta-art55",
  version: 1,
  kind: "proposta",
  label: {
    it: "Proposta progettuale di co-progettazione (art. 55 CTS)",
    en: "Co-design project proposal (art. 55 Third Sector Code)",
  },
  fundingLine: "Art. 55 D.Lgs. 117/2017 – co-progettazione",
  documentKeys: ["progetto-definitivo", "proposte"],
  sections: [
    {
      key: "analisi_contesto",
      title: "Analisi del contesto e dei bisogni",
      guidance:
        "Descrivere il territorio (ambito, comuni coinvolti) e i bisogni a cui il progetto risponde, con dati aggiornati e fonti (servizi sociali, osservatori, ISTAT, rilevazioni del tavolo). Indicare i servizi e le risorse già presenti, che cosa manca e perché l'intervento serve ora. Guardare anche alle risorse delle persone e della comunità, non solo alle carenze.",
      charLimit: 5000,
    },
    {
      key: "obiettivi",
      title: "Obiettivi generali e specifici",
      guidance:
        "Indicare l'obiettivo generale (il cambiamento atteso per il territorio) e da due a cinque obiettivi specifici, concreti e verificabili, ciascuno collegato ai bisogni descritti e agli indicatori della sezione «Monitoraggio e valutazione».",
      charLimit: 3000,
    },
    {
      key: "destinatari",
      title: "Destinatari",
      guidance:
        "Chi sono i destinatari diretti e indiretti, quanti sono (persone, nuclei familiari o posti disponibili), con quali criteri e attraverso quali canali accedono al progetto (invio dei servizi sociali, accesso diretto, segnalazione della rete).",
      charLimit: 2000,
    },
    {
      key: "azioni",
      title: "Modello di intervento, azioni e attività",
      guidance:
        "Descrivere il modello di intervento e, per ogni azione, le attività previste, i luoghi, le figure professionali impiegate e l'ente responsabile. Numerare le azioni (Azione 1, Azione 2, …) con gli stessi nomi usati nel cronoprogramma e nel piano economico.",
      charLimit: 6000,
    },
    {
      key: "partenariato",
      title: "Partenariato, ruoli e risorse messe a disposizione",
      guidance:
        "Per ogni ente indicare il ruolo (capofila o partner), le attività di cui è responsabile e le risorse che mette a disposizione: immobili (anche beni confiscati alla criminalità organizzata), personale, volontari, attrezzature, co-finanziamento in denaro o in natura. La tabella elenca gli enti; il testo spiega come lavorano insieme.",
      charLimit: 3000,
      block: "partenariato",
    },
    {
      key: "governance",
      title: "Governance e co-gestione",
      guidance:
        "Descrivere come Comune e partner gestiscono insieme il progetto: cabina di regia o tavolo di coordinamento e frequenza degli incontri, équipe integrata, referenti di ciascun ente, modalità con cui si decide e si correggono le azioni in corso d'opera.",
      charLimit: 3000,
    },
    {
      key: "cronoprogramma",
      title: "Cronoprogramma",
      guidance:
        "Compilare la tabella indicando per ogni attività l'ente responsabile e i mesi di svolgimento, dal mese 1 (avvio) alla durata complessiva del progetto. Nel testo segnalare le scadenze vincolanti e le fasi preparatorie (ad esempio lavori di adeguamento, selezione del personale).",
      charLimit: 1500,
      block: "cronoprogramma",
    },
    {
      key: "piano_economico",
      title: "Piano economico e co-finanziamento",
      guidance:
        "Inserire nella tabella ogni voce di costo con categoria, importo e fonte di copertura (contributo pubblico o ente partner); totali e quote di co-finanziamento si calcolano da soli. Nel testo motivare le voci principali e spiegare come è stato valorizzato il co-finanziamento in natura (personale, spazi, volontariato).",
      charLimit: 2000,
      block: "pianoEconomico",
    },
    {
      key: "monitoraggio",
      title: "Monitoraggio e valutazione",
      guidance:
        "Per ogni obiettivo specifico indicare gli indicatori (di realizzazione e di risultato), il valore di partenza, il target atteso, la fonte del dato e ogni quanto viene rilevato. Indicare chi cura il monitoraggio e come i risultati tornano al tavolo per correggere le azioni.",
      charLimit: 3000,
    },
    {
      key: "sostenibilita",
      title: "Innovazione e sostenibilità",
      guidance:
        "Spiegare che cosa c'è di innovativo rispetto ai servizi esistenti e come le attività proseguiranno dopo la fine del finanziamento: risorse, accordi con il territorio, reti attivate, competenze che restano alla comunità.",
      charLimit: 3000,
    },
  ],
};
