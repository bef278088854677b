import { boardsEn } from "../boards/strings.ts";
import type { Messages } from "./it.ts";

/** English, the second language. */
export const en: Messages = {
  app: {
    name: "Tavolo",
    tagline: "Co-design between municipality and Third Sector",
    slim: "Shared administration · art. 55 Legislative Decree 117/2017",
    homeLink: "Tavolo, home page",
  },
  skipLink: "Skip to main content",
  language: {
    label: "Language",
  },
  footer: {
    about:
      "Tavolo is the workspace where a municipality and Third Sector organisations design a public intervention together and write the text they agree on.",
    law: "Co-design under art. 55 of the Third Sector Code (Legislative Decree 117/2017) and the guidelines of Ministerial Decree 72/2021.",
    network:
      "It also works on an internal network: no external service, no data leaving the organisation's server.",
    smallPrints: "About Tavolo",
  },
  home: {
    pageTitle: "Home",
    title: "The co-design table, within everyone's reach",
    lead: "Tavolo is the workspace where the municipality and Third Sector organisations design a social intervention together and write, line by line, the text they agreed on.",
    lead2:
      "To begin, open a shared note: whoever receives the link can read it and write it with you, in real time, and every change is saved on the server.",
    formTitle: "Open a shared note",
    formIntro:
      "Choose a name for the note, or keep the one we suggest. If it already exists, you will find it with everything written so far.",
    nameLabel: "Note name",
    nameHint: "Only unaccented letters, digits and the signs - _ . : (at most {{max}} characters).",
    submit: "Open the note",
    another: "Suggest another name",
    errorSummary: "The note name is not valid",
    errors: {
      empty: "Write a name for the note.",
      tooLong: "The name can have at most {{max}} characters.",
      alphabet:
        "The name may only contain unaccented letters, digits and the signs - _ . : and may not start with a dot.",
      dots: "The name may not contain two dots in a row (“..”).",
    },
    suggestion: "We suggest: {{name}}",
    useSuggestion: "Use “{{name}}”",
    howTitle: "How it works",
    how1: "Open a note and copy the link from its page.",
    how2: "Send it to the people at the table: partner contacts, the procedure's officer, facilitators.",
    how3: "Write together: you see who is present and every change reaches everyone at once.",
  },
  note: {
    pageTitle: "Shared note {{room}}",
    breadcrumb: "Breadcrumb",
    home: "Home",
    kicker: "Shared note",
    textLabel: "Note text",
    textHint:
      "What you write reaches everyone present at once and is saved on the organisation's server.",
    loading: "Loading the note…",
    checking: "Checking access to the note…",
    readOnly: "You can read this note but not change it: your role in the procedure is observer.",
    placeholder: "Write here: notes, ideas, drafts to share with the table.",
    connection: {
      connected: "Connected",
      connecting: "Connecting",
      disconnected: "Offline",
      retrying: "Trying again automatically shortly.",
    },
    save: {
      loading: "Loading",
      saved: "Saved",
      pending: "Sending changes",
    },
    share: {
      label: "Link to invite other people",
      copy: "Copy the link",
      copied: "Link copied to the clipboard.",
      copyFailed: "Copying failed: select the link and copy it by hand.",
    },
    presence: {
      title: "Who is here",
      you: "you",
      count_one: "{{count}} person in this note",
      count_other: "{{count}} people in this note",
      alone: "For now it's just you. Send the link to invite other people.",
      changeName: "Change name or colour",
    },
    fatal: {
      title: "This note cannot be opened",
      unauthorized: "The server asks you to sign in before opening the note. Sign in and reload.",
      forbidden: "You are not allowed to open this note. Ask whoever invited you for access.",
      notFound: "This note does not exist. Check the link you received.",
      tooLarge:
        "The note reached the largest size the server allows: the last change was not saved. Reload the page to start again from the saved text.",
      other: "The server closed the connection and does not allow trying again.",
      code: "Code {{code}}",
      backHome: "Back to the home page",
    },
    invalidRoom: {
      pageTitle: "Invalid note",
      title: "This address is not a note",
      body: "“{{room}}” is not a valid note name.",
    },
  },
  profile: {
    title: "What is your name?",
    intro:
      "Your name is shown to the other people present in the note. It is remembered on this device only.",
    nameLabel: "First and last name, or organisation",
    nameRequired: "Write your name (at least 2 characters).",
    colorLegend: "Your colour",
    enter: "Enter the note",
    save: "Save",
    cancel: "Cancel",
    colors: {
      blue: "Blue",
      green: "Green",
      red: "Red",
      purple: "Purple",
      orange: "Orange",
      teal: "Teal",
      magenta: "Magenta",
      slate: "Slate",
    },
  },
  notFound: {
    pageTitle: "Page not found",
    title: "Page not found",
    body: "The address you opened does not exist. Check the link or go back to the home page.",
    backHome: "Back to the home page",
  },
  boards: boardsEn,
};
