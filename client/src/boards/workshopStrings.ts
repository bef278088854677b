/**
 * Strings of long notes, keyboard selection, the edit announcements and photos, spread into the
 * `boards` group of strings.ts like facilitationStrings.ts.
 */
export const workshopIt = {
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
};

export const workshopEn: typeof workshopIt = {
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
};
