/**
 * Strings of long notes, keyboard selection, the edit announcements and photos, spread into the
 * `boards` group of strings.ts like facilitationStrings.ts.
 */
export const noteToolsIt = {
  longNote: {
    showAll: "Mostra tutto",
    showLess: "Riduci",
  },
  keyboard: {
    skipToCanvas: "Vai alla lavagna",
    picked_one: "{{count}} nota selezionata",
    picked_other: "{{count}} note selezionate",
    selectionCleared: "Selezione vuota",
    added_one: "{{count}} nota aggiunta da altri",
    added_other: "{{count}} note aggiunte da altri",
    changed_one: "{{count}} nota modificata da altri",
    changed_other: "{{count}} note modificate da altri",
    removed_one: "{{count}} nota eliminata da altri",
    removed_other: "{{count}} note eliminate da altri",
  },
  photos: {
    add: "Aggiungi foto",
    uploading: "Caricamento…",
    file: "File della foto",
    description: "Descrizione della foto",
    place: "Metti sulla lavagna",
    label: "Foto: {{alt}}",
    delete: "Elimina la foto «{{alt}}»",
    tooBig: "La foto supera 5 MB: riducila e riprova.",
    wrongType: "Si possono aggiungere solo foto PNG, JPEG o WebP.",
    failed: "Non è stato possibile caricare la foto.",
  },
};

export const noteToolsEn: typeof noteToolsIt = {
  longNote: {
    showAll: "Show all",
    showLess: "Show less",
  },
  keyboard: {
    skipToCanvas: "Skip to the board",
    picked_one: "{{count}} note selected",
    picked_other: "{{count}} notes selected",
    selectionCleared: "Selection empty",
    added_one: "{{count}} note added by others",
    added_other: "{{count}} notes added by others",
    changed_one: "{{count}} note changed by others",
    changed_other: "{{count}} notes changed by others",
    removed_one: "{{count}} note deleted by others",
    removed_other: "{{count}} notes deleted by others",
  },
  photos: {
    add: "Add photo",
    uploading: "Uploading…",
    file: "Photo file",
    description: "Photo description",
    place: "Put on the board",
    label: "Photo: {{alt}}",
    delete: "Delete the photo “{{alt}}”",
    tooBig: "The photo is over 5 MB: make it smaller and try again.",
    wrongType: "Only PNG, JPEG or WebP photos can be added.",
    failed: "The photo could not be uploaded.",
  },
};
