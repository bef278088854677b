import type { AccountMessages } from "./account.it.ts";

/** Accounts and passkeys, English; mounted under `account` in i18n/en.ts. */
export const accountEn: AccountMessages = {
  link: "My account",
  pageTitle: "My account",
  title: "My account",
  lead: "The passkeys you sign in with and the devices where you are signed in.",
  banner: {
    text: "Your account depends on this browser: if you sign out, clear your browsing data or lose the device, you cannot get back in.",
    action: "Add a passkey",
  },
  passkeys: {
    title: "Passkeys",
    intro:
      "A passkey is the key you sign in with, without a password, from your phone, computer or a security key. You may have several, one per device.",
    none: "You have no passkey yet.",
    created: "Created on {{date}}",
    lastUsed: "last used on {{date}}",
    neverUsed: "never used to sign in",
    rename: "Rename",
    renameLabel: "New name of the passkey “{{name}}”",
    save: "Save",
    remove: "Remove",
    removeQuestion: "Remove the passkey “{{name}}”? That device will no longer sign in.",
    removeConfirm: "Yes, remove",
    onlyOne:
      "It is your only way to sign in: add another passkey before removing it, or you would lose the account.",
    addTitle: "Add a passkey",
    nameLabel: "Device name",
    nameHint: "To recognise it in the list, e.g. “Office laptop”.",
    add: "Create the passkey",
    added: "Passkey “{{name}}” added.",
    removed: "Passkey “{{name}}” removed.",
  },
  sessions: {
    title: "Devices signed in",
    intro:
      "Every browser where you are signed in. Ending a session signs that browser out at once, also from the notes and documents it has open.",
    unknownDevice: "Unknown browser",
    current: "This device",
    method: "Signed in with",
    started: "since {{date}}",
    lastUsed: "last used on {{date}}",
    end: "End",
    endQuestion: "Sign “{{device}}” out?",
    endConfirm: "Yes, end it",
    endOthers: "Sign out of all other devices",
    endOthersQuestion: "Sign all other devices out?",
    endOthersConfirm: "Yes, sign them out",
    ended: "Session ended.",
    endedOthers_one: "{{count}} device was signed out.",
    endedOthers_other: "{{count}} devices were signed out.",
  },
  methods: {
    cookie: "name (before passkeys)",
    passkey: "passkey",
    oidc: "organisation identity (OpenID Connect)",
    link: "sign-in link",
    invitation: "invitation",
    bootstrap: "first-start link",
  },
  signOut: {
    title: "Sign out of this device",
    warning:
      "You have no passkey: if you sign out now you cannot get back into this account. Add a passkey first.",
    anyway: "Sign out anyway",
  },
  invitation: {
    passkeyStep:
      "After your name, the browser will ask you to create a passkey: the key, without a password, you will sign back into Tavolo with from any device.",
    later:
      "Once you have accepted, add a passkey from “My account”, with your phone or a security key: until then the account stays tied to this browser.",
    accept: "Accept and create the passkey",
    created: "You created the passkey: you can sign back in from any device.",
    notCreated:
      "The passkey was not created: add it from “My account”, or the account stays tied to this browser.",
  },
  signIn: {
    title: "Already have an account?",
    intro: "Sign in with the passkey you created when accepting the invitation, from any device.",
    button: "Sign in with a passkey",
  },
  errors: {
    unsupported:
      "This browser does not support passkeys. You can use Tavolo, but the account stays tied to this browser.",
    cancelled: "Cancelled, or the time ran out: try again.",
    domain:
      "Passkeys only work on an address with a name (such as localhost or tavolo.comune.it), not on an IP address.",
    duplicate: "This device already has a passkey for your account.",
    unknownPasskey:
      "This passkey is not registered with Tavolo (perhaps it was removed): use another passkey or ask for a sign-in link.",
    refused: "The passkey was not accepted: try again.",
  },
};
