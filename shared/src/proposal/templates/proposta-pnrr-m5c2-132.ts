import type { ProposalTemplateInput } from "./template-schema.ts";

/**
 * The project sheet of a PNRR proposal under Mission 5, Component 2, sub-investment 1.3.2
 * ("Stazioni di posta", service centres against poverty), as co-designed in Padova (seed 001).
 * On top of the art. 55 sections it asks for the PNRR identifiers (CUP, cost and PNRR share),
 * the building works, the targets reported to ReGiS and the cross-cutting PNRR principles.
 */
export const PROPOSTA_PNRR_M5C2_132: ProposalTemplateInput = {
  id: "proposta-pnrr-m5c2-132",
  version: 1,
  kind: "proposta",
  label: {
    it: "Proposta progettuale PNRR M5C2 1.3.2 – Stazioni di posta",
    en: "PNRR M5C2 1.3.2 project proposal – service centres against poverty",
  },
  fundingLine: "PNRR M5C2 – Investimento 1.3, sub-investimento 1.3.2 «Stazioni di posta»",
  documentKeys: ["progetto-definitivo", "proposte"],
  sections: [
    {
      key: "dati_intervento",
      title: "Dati identificativi dell'intervento",
      guidance:
        "Riportare: Missione 5 «Inclusione e coesione», Componente 2 (M5C2); Investimento 1.3, sub-investimento 1.3.2 «Stazioni di posta – Centri servizi per il contrasto alla povertà»; soggetto attuatore (Comune o Ambito Territoriale Sociale) ed ente capofila; CUP dell'intervento (15 caratteri); costo totale e quota PNRR, uguali ai totali del piano economico; eventuali altre fonti di finanziamento.",
      charLimit: 1500,
    },
    {
      key: "analisi_contesto",
      title: "Analisi del contesto e dei bisogni",
      guidance:
        "Descrivere la grave marginalità nel territorio: stima delle persone senza dimora o in povertà estrema, fonti dei dati, servizi esistenti (mense, dormitori, unità di strada, sportelli) e ciò che manca. Spiegare perché serve un punto unitario di accesso e dove si colloca rispetto alla rete dei servizi.",
      charLimit: 4000,
    },
    {
      key: "obiettivi",
      title: "Obiettivi generali e specifici",
      guidance:
        "Indicare l'obiettivo generale e gli obiettivi specifici, concreti e verificabili, collegati ai bisogni descritti e ai target della sezione «Target e indicatori».",
      charLimit: 3000,
    },
    {
      key: "destinatari",
      title: "Destinatari",
      guidance:
        "Persone in condizione di deprivazione materiale, senza dimora o in marginalità estrema: indicare quante se ne prevede di accogliere e prendere in carico ogni anno, come accedono al Centro (accesso diretto, invio dei servizi, unità di strada) e con quali criteri.",
      charLimit: 2000,
    },
    {
      key: "servizi",
      title: "Servizi del Centro e modello di intervento",
      guidance:
        "Descrivere i servizi offerti: presidio sociale e accompagnamento, accoglienza notturna limitata, servizi igienici e docce, ristorazione, distribuzione di beni, residenza anagrafica e fermo posta, presidio sanitario, mediazione culturale, orientamento al lavoro, consulenza legale. Indicare orari, figure professionali, ente che gestisce ciascun servizio e il raccordo con la presa in carico dei servizi sociali.",
      charLimit: 6000,
    },
    {
      key: "immobile",
      title: "Immobile e interventi di adeguamento",
      guidance:
        "Indicare l'immobile (indirizzo, proprietà, titolo di disponibilità), il suo stato attuale e i lavori di ristrutturazione o adeguamento necessari, con i tempi di progettazione, affidamento ed esecuzione. Se l'immobile è messo a disposizione da un partner, indicarlo anche nel partenariato.",
      charLimit: 3000,
    },
    {
      key: "partenariato",
      title: "Partenariato, ruoli e risorse messe a disposizione",
      guidance:
        "Per ogni ente indicare il ruolo (capofila o partner), i servizi di cui è responsabile e le risorse che mette a disposizione: spazi, personale, volontari, attrezzature, co-finanziamento in denaro o in natura.",
      charLimit: 3000,
      block: "partenariato",
    },
    {
      key: "governance",
      title: "Governance e co-gestione",
      guidance:
        "Descrivere la cabina di regia tra Comune e partner, l'équipe integrata del Centro, i referenti di ciascun ente e come si verificano e correggono le attività durante la gestione.",
      charLimit: 2500,
    },
    {
      key: "cronoprogramma",
      title: "Cronoprogramma",
      guidance:
        "Compilare la tabella con progettazione, affidamento ed esecuzione dei lavori, avvio e gestione dei servizi, indicando per ogni attività l'ente responsabile e i mesi. Rispettare le scadenze PNRR (milestone e target) fissate dall'avviso e dagli atti di finanziamento.",
      charLimit: 1500,
      block: "cronoprogramma",
    },
    {
      key: "piano_economico",
      title: "Piano economico e co-finanziamento",
      guidance:
        "Inserire ogni voce di costo (lavori, attrezzature e arredi, gestione dei servizi, personale) con importo e fonte di copertura: quota PNRR, risorse del Comune o ente partner. Costo totale, quota PNRR e co-finanziamento si calcolano da soli. Sono ammissibili solo le spese previste dall'avviso.",
      charLimit: 2000,
      block: "pianoEconomico",
    },
    {
      key: "target_indicatori",
      title: "Target e indicatori",
      guidance:
        "Indicare i target richiesti dall'avviso (ad esempio numero di persone prese in carico dal Centro, servizi attivati) e gli indicatori di monitoraggio, con valore atteso e scadenza. I dati di avanzamento fisico, finanziario e procedurale vanno rendicontati sul sistema ReGiS per CUP: indicare chi li raccoglie e con quale periodicità.",
      charLimit: 3000,
    },
    {
      key: "principi_pnrr",
      title: "Principi trasversali del PNRR",
      guidance:
        "Spiegare come l'intervento rispetta il principio di non arrecare un danno significativo all'ambiente (DNSH) e come contribuisce alla parità di genere, alla protezione e valorizzazione dei giovani e alla riduzione dei divari territoriali. Indicare come sarà comunicato il finanziamento dell'Unione europea (NextGenerationEU).",
      charLimit: 2500,
    },
    {
      key: "sostenibilita",
      title: "Sostenibilità dopo il PNRR",
      guidance:
        "Spiegare come il Centro continuerà a funzionare dopo la fine del finanziamento PNRR: risorse di bilancio, fondi nazionali o regionali, contributo dei partner, volontariato e reti attivate.",
      charLimit: 2500,
    },
  ],
};
