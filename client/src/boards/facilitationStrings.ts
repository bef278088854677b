/**
 * Strings of the exports, minimap, timer extras and vote scope, spread into the `boards` group
 * of strings.ts (kept apart so features of the board can grow without one crowded file).
 */
export const facilitationIt = {
  export: {
    label: "Esporta",
    as: "Esporta {{format}}",
    hintCsv: "Le note in un foglio di calcolo: testo, autore, ente, riquadro, gruppo, voti",
    hintSvg: "La lavagna come immagine vettoriale, nitida a ogni dimensione",
    hintPng: "La lavagna come immagine, per il verbale o una presentazione",
    pngFailed: "Non è stato possibile creare l'immagine PNG.",
  },
  timerExtra: {
    add: "+{{count}} min",
    addLabel_one: "Aggiungi {{count}} minuto al timer",
    addLabel_other: "Aggiungi {{count}} minuti al timer",
    ended: "Tempo scaduto: concludete e passate alla fase successiva.",
    sound: "Suono a fine timer",
  },
  voteScope: {
    where: "Su cosa",
    board: "tutta la lavagna",
    frame: "riquadro «{{title}}»",
    openOnBoard: "Votazione su tutta la lavagna.",
    openOnFrame: "Votazione sul riquadro «{{title}}»: si votano solo le sue note.",
    closedOnFrame: "Sul riquadro «{{title}}».",
    outOfScope: "Fuori dalla votazione",
  },
  minimap: {
    title: "Panoramica",
    hint: "Clic sulla mappa per spostare la vista.",
    goTo: "Vai a",
    choose: "Scegli dove…",
    everything: "tutta la lavagna",
  },
};

export const facilitationEn: typeof facilitationIt = {
  export: {
    label: "Export",
    as: "Export {{format}}",
    hintCsv: "The notes in a spreadsheet: text, author, organisation, frame, group, votes",
    hintSvg: "The board as a vector picture, sharp at any size",
    hintPng: "The board as a picture, for the minutes or a slide",
    pngFailed: "The PNG picture could not be made.",
  },
  timerExtra: {
    add: "+{{count}} min",
    addLabel_one: "Add {{count}} minute to the timer",
    addLabel_other: "Add {{count}} minutes to the timer",
    ended: "Time is up: wrap up and move on to the next step.",
    sound: "Sound when the timer ends",
  },
  voteScope: {
    where: "On what",
    board: "the whole board",
    frame: "frame “{{title}}”",
    openOnBoard: "Vote on the whole board.",
    openOnFrame: "Vote on the frame “{{title}}”: only its notes can be voted.",
    closedOnFrame: "On the frame “{{title}}”.",
    outOfScope: "Not in this vote",
  },
  minimap: {
    title: "Overview",
    hint: "Click the map to move the view there.",
    goTo: "Go to",
    choose: "Choose where…",
    everything: "the whole board",
  },
};
