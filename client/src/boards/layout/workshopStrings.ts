/**
 * Strings of the workshop layout (slim header, floating tools, status strip), of "Porta tutti
 * qui" and anonymous mode, spread into the `boards` group of strings.ts.
 */
export const workshopIt = {
  workshop: {
    fullscreen: "Schermo intero",
    show: "Mostra: {{name}}",
    hide: "Nascondi: {{name}}",
    tools: "Strumenti",
    structure: "Struttura",
    facilitation: "Facilitazione",
    panels: "Pannelli",
    status: "Stato dell'attività",
    locked: "Lavagna bloccata: si può guardare e votare, non modificare le note.",
    observer: "Partecipi in osservazione: vedi tutto, ma non puoi scrivere sulla lavagna.",
    privateWriting:
      "Scrittura individuale in corso: le note nuove restano nascoste agli altri finché non vengono rivelate.",
    anonymous: "Modalità anonima: i nomi di chi scrive sono nascosti, anche nelle esportazioni.",
    anonymousAfter: "I nomi di chi ha scritto restano nascosti, anche nelle esportazioni.",
    voteOpen: "Votazione aperta",
    dismiss: "Chiudi l'avviso",
    longPressHint:
      "Su tablet: tieni premuto sullo sfondo per una nota nuova, due dita per spostare e ingrandire.",
  },
  summon: {
    button: "Porta tutti qui",
    hold: "Ferma la vista",
    holdNone: "no",
    holdSeconds: "{{count}} s",
    done: "Tutti vedono ora la tua vista.",
    arrived: "{{name}} ha portato tutti qui.",
    held: "{{name}} ha portato tutti qui: la vista resta ferma per {{count}} s.",
  },
  anonymity: {
    toggle: "Modalità anonima",
    keepAfter: "Nomi nascosti anche dopo",
  },
};

export const workshopEn: typeof workshopIt = {
  workshop: {
    fullscreen: "Full screen",
    show: "Show: {{name}}",
    hide: "Hide: {{name}}",
    tools: "Tools",
    structure: "Structure",
    facilitation: "Facilitation",
    panels: "Panels",
    status: "Activity status",
    locked: "The board is locked: you can look and vote, not change notes.",
    observer: "You take part as an observer: you see everything but cannot write on the board.",
    privateWriting:
      "Private writing in progress: new notes stay hidden from the others until they are revealed.",
    anonymous: "Anonymous mode: the names of who writes are hidden, in exports too.",
    anonymousAfter: "The names of who wrote stay hidden, in exports too.",
    voteOpen: "Vote open",
    dismiss: "Dismiss",
    longPressHint:
      "On a tablet: press and hold the background for a new note, two fingers to pan and zoom.",
  },
  summon: {
    button: "Bring everyone here",
    hold: "Hold the view",
    holdNone: "no",
    holdSeconds: "{{count}} s",
    done: "Everyone now sees your view.",
    arrived: "{{name}} brought everyone here.",
    held: "{{name}} brought everyone here: the view stays still for {{count}} s.",
  },
  anonymity: {
    toggle: "Anonymous mode",
    keepAfter: "Names hidden afterwards too",
  },
};
