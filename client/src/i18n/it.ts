import { boardsIt } from "../boards/strings.ts";

/** Italian, the default language. `en.ts` must have exactly the same keys (the compiler checks). */
export const it = {
  app: {
    name: "Tavolo",
    tagline: "Co-progettazione tra Comune e Terzo settore",
    slim: "Amministrazione condivisa · art. 55 D.Lgs. 117/2017",
    homeLink: "Tavolo, pagina iniziale",
  },
  skipLink: "Vai al contenuto principale",
  language: {
    label: "Lingua",
  },
  footer: {
    about:
      "Tavolo è lo spazio di lavoro in cui un Comune e gli enti del Terzo settore progettano insieme un intervento e ne scrivono il testo concordato.",
    law: "Co-progettazione ai sensi dell'art. 55 del Codice del Terzo settore (D.Lgs. 117/2017) e delle Linee guida del DM 72/2021.",
    network:
      "Funziona anche su una rete interna: nessun servizio esterno, nessun dato fuori dal server dell'ente.",
    smallPrints: "Informazioni su Tavolo",
  },
  home: {
    pageTitle: "Pagina iniziale",
    title: "Il tavolo di co-progettazione, a portata di tutti",
    lead: "Tavolo è lo spazio di lavoro in cui il Comune e gli enti del Terzo settore progettano insieme un intervento sociale e scrivono, una riga alla volta, il testo su cui si sono accordati.",
    lead2:
      "Per cominciare apri una nota condivisa: chi riceve il link la legge e la scrive con te, in tempo reale, e ogni modifica viene salvata sul server.",
    formTitle: "Apri una nota condivisa",
    formIntro:
      "Scegli un nome per la nota, oppure tieni quello proposto. Se esiste già, la ritrovi con il testo scritto finora.",
    nameLabel: "Nome della nota",
    nameHint: "Solo lettere senza accenti, cifre e i segni - _ . : (al massimo {{max}} caratteri).",
    submit: "Apri la nota",
    another: "Proponi un altro nome",
    errorSummary: "Il nome della nota non è valido",
    errors: {
      empty: "Scrivi un nome per la nota.",
      tooLong: "Il nome può avere al massimo {{max}} caratteri.",
      alphabet:
        "Il nome può contenere solo lettere senza accenti, cifre e i segni - _ . : e non può iniziare con un punto.",
      dots: "Il nome non può contenere due punti fermi di seguito («..»).",
    },
    suggestion: "Ti proponiamo: {{name}}",
    useSuggestion: "Usa «{{name}}»",
    howTitle: "Come funziona",
    how1: "Apri una nota e copia il link dalla sua pagina.",
    how2: "Mandalo alle persone del tavolo: referenti dell'ente, RUP, facilitatori.",
    how3: "Scrivete insieme: vedete chi è presente e ogni modifica arriva subito a tutti.",
  },
  note: {
    pageTitle: "Nota condivisa {{room}}",
    breadcrumb: "Percorso",
    home: "Pagina iniziale",
    kicker: "Nota condivisa",
    textLabel: "Testo della nota",
    textHint:
      "Quello che scrivi arriva subito a tutte le persone presenti e viene salvato sul server dell'ente.",
    loading: "Caricamento della nota in corso…",
    checking: "Verifica dell'accesso alla nota…",
    readOnly:
      "Puoi leggere questa nota ma non modificarla: nella procedura hai il ruolo di osservatore.",
    placeholder: "Scrivi qui: appunti, idee, bozze da condividere con il tavolo.",
    connection: {
      connected: "Connesso",
      connecting: "Connessione in corso",
      disconnected: "Non in linea",
      retrying: "Nuovo tentativo automatico tra poco.",
    },
    save: {
      loading: "In caricamento",
      saved: "Salvato",
      pending: "Modifiche in invio",
    },
    share: {
      label: "Link per invitare altre persone",
      copy: "Copia il link",
      copied: "Link copiato negli appunti.",
      copyFailed: "Copia non riuscita: seleziona il link e copialo a mano.",
    },
    presence: {
      title: "Chi è qui",
      you: "tu",
      count_one: "{{count}} persona in questa nota",
      count_other: "{{count}} persone in questa nota",
      alone: "Per ora ci sei solo tu. Manda il link per invitare altre persone.",
      changeName: "Cambia nome o colore",
    },
    fatal: {
      title: "Non è possibile aprire questa nota",
      unauthorized:
        "Il server chiede di accedere prima di aprire la nota. Accedi e ricarica la pagina.",
      forbidden:
        "Non hai il permesso di aprire questa nota. Chiedi l'accesso a chi ti ha invitato.",
      notFound: "Questa nota non esiste. Controlla il link che hai ricevuto.",
      tooLarge:
        "La nota ha raggiunto la dimensione massima consentita dal server: l'ultima modifica non è stata salvata. Ricarica la pagina per ripartire dal testo salvato.",
      other: "Il server ha chiuso la connessione e non consente di riprovare.",
      code: "Codice {{code}}",
      backHome: "Torna alla pagina iniziale",
    },
    invalidRoom: {
      pageTitle: "Nota non valida",
      title: "Questo indirizzo non corrisponde a una nota",
      body: "«{{room}}» non è un nome di nota valido.",
    },
  },
  profile: {
    title: "Come ti chiami?",
    intro:
      "Il tuo nome compare alle altre persone presenti nella nota. Lo ricordiamo solo su questo dispositivo.",
    nameLabel: "Nome e cognome, o nome dell'ente",
    nameRequired: "Scrivi il tuo nome (almeno 2 caratteri).",
    colorLegend: "Il tuo colore",
    enter: "Entra nella nota",
    save: "Salva",
    cancel: "Annulla",
    colors: {
      blue: "Blu",
      green: "Verde",
      red: "Rosso",
      purple: "Viola",
      orange: "Arancione",
      teal: "Petrolio",
      magenta: "Magenta",
      slate: "Ardesia",
    },
  },
  notFound: {
    pageTitle: "Pagina non trovata",
    title: "Pagina non trovata",
    body: "L'indirizzo che hai aperto non esiste. Controlla il link o torna alla pagina iniziale.",
    backHome: "Torna alla pagina iniziale",
  },
  boards: boardsIt,
};

/** The shape every language must provide: the same keys as Italian, each a string. */
export type Messages = typeof it;
