import type { OidcMessages } from "./oidc.it.ts";

/** OpenID Connect sign-in's English messages, mounted under `oidc` in i18n/en.ts. */
export const oidcEn: OidcMessages = {
  or: "or",
  signInHint: "With the digital identity or account you already use for your organisation.",
  acceptWith: "Accept with your organisation's account",
  unreachable: "Your organisation's sign-in service is not answering. Try again shortly.",
  error: {
    pageTitle: "Sign-in failed",
    title: "Sign-in failed",
    home: "Back to the home page",
    "nessun-account":
      "No account is linked to this identity. You need an invitation to enter Tavolo: open the invitation link you received and choose “Accept with your organisation's account”. If you already have an account, sign in as usual and link the identity from your page.",
    "gia-collegato":
      "This identity is already linked to another person's account: it cannot be linked to yours too.",
    "identita-diversa":
      "You confirmed with another identity than the one linked to your account: the decision was not confirmed.",
    "sessione-scaduta": "The sign-in request has expired or was already used. Start again.",
    "non-valida": "The sign-in service's answer is not valid, so it was not accepted. Start again.",
    annullato: "Sign-in was cancelled at your organisation's service.",
    "invito-non-valido":
      "The invitation is no longer valid (expired, withdrawn or used). Ask the facilitator for a new one.",
    "non-configurato": "Signing in with an organisation account is not enabled on this Tavolo.",
  },
  link: {
    title: "Organisation account",
    intro:
      "Link your organisation's identity (SPID, CIE or the organisation's account) to sign in to Tavolo with it.",
    none: "No identity linked.",
    linked: "Linked on {{date}}",
    level: "Assurance level: {{acr}}",
    button: "Link your organisation's account",
  },
};
