/** Accounts and passkeys, Italian; mounted under `account` in i18n/it.ts. */
export const accountIt = {
  link: "Il mio account",
  pageTitle: "Il mio account",
  title: "Il mio account",
  lead: "Le passkey con cui accedi e i dispositivi su cui hai effettuato l'accesso.",
  banner: {
    text: "Il tuo account dipende da questo browser: se esci, cancelli i dati di navigazione o perdi il dispositivo, non potrai più rientrare.",
    action: "Aggiungi una passkey",
  },
  passkeys: {
    title: "Passkey",
    intro:
      "Una passkey è la chiave con cui accedi senza password, dal telefono, dal computer o da una chiavetta di sicurezza. Puoi averne più di una, una per dispositivo.",
    none: "Non hai ancora una passkey.",
    created: "Creata il {{date}}",
    lastUsed: "ultimo uso il {{date}}",
    neverUsed: "mai usata per accedere",
    rename: "Rinomina",
    renameLabel: "Nuovo nome della passkey «{{name}}»",
    save: "Salva",
    remove: "Rimuovi",
    removeQuestion: "Rimuovere la passkey «{{name}}»? Quel dispositivo non potrà più accedere.",
    removeConfirm: "Sì, rimuovi",
    onlyOne:
      "È il tuo unico modo per accedere: per rimuoverla aggiungi prima un'altra passkey, altrimenti perderesti l'account.",
    addTitle: "Aggiungi una passkey",
    nameLabel: "Nome del dispositivo",
    nameHint: "Per riconoscerla nell'elenco, ad esempio «Portatile ufficio».",
    add: "Crea la passkey",
    added: "Passkey «{{name}}» aggiunta.",
    removed: "Passkey «{{name}}» rimossa.",
  },
  sessions: {
    title: "Dispositivi con accesso",
    intro:
      "Ogni browser in cui hai effettuato l'accesso. Terminando una sessione, quel browser esce subito, anche dalle note e dai documenti aperti.",
    unknownDevice: "Browser sconosciuto",
    current: "Questo dispositivo",
    method: "Accesso",
    started: "dal {{date}}",
    lastUsed: "ultimo uso il {{date}}",
    end: "Termina",
    endQuestion: "Far uscire «{{device}}»?",
    endConfirm: "Sì, termina",
    endOthers: "Esci da tutti gli altri dispositivi",
    endOthersQuestion: "Far uscire tutti gli altri dispositivi?",
    endOthersConfirm: "Sì, fai uscire",
    ended: "Sessione terminata.",
    endedOthers_one: "È uscito {{count}} dispositivo.",
    endedOthers_other: "Sono usciti {{count}} dispositivi.",
  },
  methods: {
    cookie: "nome (prima delle passkey)",
    passkey: "passkey",
    oidc: "identità dell'ente (OpenID Connect)",
    link: "link di accesso",
    invitation: "invito",
    bootstrap: "link di primo avvio",
  },
  signOut: {
    title: "Esci da questo dispositivo",
    warning:
      "Non hai una passkey: se esci ora non potrai più rientrare con questo account. Aggiungi prima una passkey.",
    anyway: "Esci comunque",
  },
  invitation: {
    passkeyStep:
      "Dopo il nome, il browser ti chiederà di creare una passkey: è la chiave, senza password, con cui rientrerai in Tavolo da qualsiasi dispositivo.",
    later:
      "Dopo aver accettato, aggiungi una passkey da «Il mio account», con il telefono o una chiavetta di sicurezza: finché non lo fai, l'account resta legato a questo browser.",
    accept: "Accetta e crea la passkey",
    created: "Hai creato la passkey: potrai rientrare da qualsiasi dispositivo.",
    notCreated:
      "La passkey non è stata creata: aggiungila da «Il mio account», altrimenti l'account resterà legato a questo browser.",
  },
  signIn: {
    title: "Hai già un account?",
    intro: "Accedi con la passkey che hai creato accettando l'invito, da qualsiasi dispositivo.",
    button: "Accedi con passkey",
  },
  errors: {
    unsupported:
      "Questo browser non supporta le passkey. Puoi usare Tavolo, ma l'account resterà legato a questo browser.",
    cancelled: "Operazione annullata, oppure è scaduto il tempo: riprova.",
    domain:
      "Le passkey funzionano solo su un indirizzo con un nome (ad esempio localhost o tavolo.comune.it), non su un indirizzo IP.",
    duplicate: "Questo dispositivo ha già una passkey per il tuo account.",
    unknownPasskey:
      "Questa passkey non è registrata su Tavolo (forse è stata rimossa): usa un'altra passkey o chiedi un link di accesso.",
    refused: "La passkey non è stata accettata: riprova.",
  },
};

export type AccountMessages = typeof accountIt;
