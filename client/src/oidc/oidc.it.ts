/** OpenID Connect sign-in's Italian messages, mounted under `oidc` in i18n/it.ts. */
export const oidcIt = {
  or: "oppure",
  signInHint: "Con l'identità digitale o l'account che già usi per l'ente.",
  acceptWith: "Accetta con l'account dell'ente",
  unreachable: "Il servizio di accesso dell'ente non risponde. Riprova tra poco.",
  error: {
    pageTitle: "Accesso non riuscito",
    title: "Accesso non riuscito",
    home: "Torna alla pagina iniziale",
    "nessun-account":
      "Nessun account collegato a questa identità. Per entrare in Tavolo serve un invito: apri il link d'invito che hai ricevuto e scegli «Accetta con l'account dell'ente». Se hai già un account, entra come fai di solito e collega l'identità dalla tua pagina.",
    "gia-collegato":
      "Questa identità è già collegata all'account di un'altra persona: non può essere collegata anche al tuo.",
    "identita-diversa":
      "Hai confermato con un'identità diversa da quella collegata al tuo account: la decisione non è stata confermata.",
    "sessione-scaduta":
      "La richiesta di accesso è scaduta o è già stata usata. Ricomincia dall'inizio.",
    "non-valida":
      "La risposta del servizio di accesso non è valida, quindi non è stata accettata. Ricomincia dall'inizio.",
    annullato: "L'accesso è stato annullato presso il servizio dell'ente.",
    "invito-non-valido":
      "L'invito non è più valido (scaduto, ritirato o già usato). Chiedi un nuovo invito a chi facilita la procedura.",
    "non-configurato": "L'accesso con l'account dell'ente non è attivo su questo Tavolo.",
  },
  link: {
    title: "Account dell'ente",
    intro:
      "Collega l'identità dell'ente (SPID, CIE o l'account dell'organizzazione) per entrare in Tavolo con quella.",
    none: "Nessuna identità collegata.",
    linked: "Collegata il {{date}}",
    level: "Livello di garanzia: {{acr}}",
    button: "Collega l'account dell'ente",
  },
};

export type OidcMessages = typeof oidcIt;
