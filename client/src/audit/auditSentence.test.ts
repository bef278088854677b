import type { AuditEvent } from "@tavolo/shared";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDateTime } from "../format/dates.ts";
import { en as english } from "../i18n/en.ts";
import { it as italian } from "../i18n/it.ts";
import { auditSentence } from "./auditSentence.ts";

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: "it",
    // As the app (i18n.ts): React escapes what it renders.
    interpolation: { escapeValue: false },
    resources: { it: { translation: italian }, en: { translation: english } },
  });
  t = i18n.t;
  tEn = i18n.getFixedT("en");
});

const event = (action: string, details: AuditEvent["details"]): AuditEvent => ({
  id: "e",
  procedureId: "p",
  actorId: "a",
  actorName: "Giulia Rossi",
  action,
  details,
  at: "2025-03-12T09:30:00Z",
});

describe("auditSentence", () => {
  it.each([
    [
      "section.statusChanged",
      { room: "Proposta", section: "Destinatari", from: "in-scrittura", to: "pronta" },
      "ha segnato come pronta la sezione «Destinatari» di «Proposta»",
    ],
    [
      "section.statusChanged",
      { room: "Proposta", section: "Destinatari", from: "pronta", to: "chiusa" },
      "ha chiuso la sezione «Destinatari» di «Proposta»",
    ],
    [
      "section.statusChanged",
      { room: "Proposta", section: "Destinatari", from: "chiusa", to: "in-scrittura" },
      "ha riaperto la sezione «Destinatari» di «Proposta»",
    ],
    [
      "section.statusChanged",
      { room: "Proposta", section: "Destinatari", from: "pronta", to: "in-scrittura" },
      "ha riportato in scrittura la sezione «Destinatari» di «Proposta»",
    ],
    [
      "approval.changesRequested",
      { number: 2, organisation: "Coop Meta", reason: "manca il cronoprogramma" },
      "ha chiesto modifiche alla versione 2 per Coop Meta: «manca il cronoprogramma»",
    ],
    [
      "version.frozen",
      { number: 3, room: "Proposta", label: "per la giunta", hash: "0123456789abcdef0123" },
      "ha congelato la versione 3 di «Proposta» (impronta 0123456789ab)",
    ],
    [
      "version.damaged",
      { versionId: "v", number: 2, hash: "ab", reason: "canonical-mismatch,approval-other-hash" },
      "ha trovato danneggiata la versione 2: ciò che è conservato non dà la sua impronta (Il testo conservato non dà più l'impronta registrata; Un'approvazione è stata data per un'altra impronta); non viene più esportata",
    ],
    [
      "board.revealed",
      { board: "Bisogni", notes: 4 },
      "ha svelato 4 note scritte in privato sulla lavagna «Bisogni»",
    ],
    [
      "board.revealed",
      { board: "Bisogni", notes: 1 },
      "ha svelato 1 nota scritta in privato sulla lavagna «Bisogni»",
    ],
    [
      "board.voteClosed",
      { board: "Bisogni", ballots: 1 },
      "ha chiuso la votazione sulla lavagna «Bisogni» (1 scheda)",
    ],
    [
      "procedure.phaseChanged",
      { from: "avvio", to: "tavolo" },
      "ha spostato la procedura dalla fase «Avvio» alla fase «Tavolo di co-progettazione»",
    ],
    [
      "organisation.added",
      { name: "Coop La Cordata", role: "capofila" },
      "ha aggiunto l'ente «Coop La Cordata» come capofila",
    ],
    [
      "organisation.edited",
      { name: "Coop La Cordata", fields: "name, resources" },
      "ha modificato l'ente «Coop La Cordata» (nome, risorse)",
    ],
    [
      "invitation.created",
      { role: "referente" },
      "ha creato un link d'invito con il ruolo di referente",
    ],
    [
      "member.changed",
      { member: "Marco Bianchi", role: "osservatore" },
      "ha dato a Marco Bianchi il ruolo di osservatore",
    ],
    [
      "meeting.cancelled",
      { title: "Primo incontro", date: "2026-12-01T09:30:00+01:00" },
      `ha annullato l'incontro «Primo incontro» del ${formatDateTime("2026-12-01T09:30:00+01:00", "it")}`,
    ],
    ["member.revoked", { member: "Marco Bianchi" }, "ha revocato l'accesso a Marco Bianchi"],
    ["room.created", { kind: "nota", title: "Appunti" }, "ha creato la nota «Appunti»"],
  ])("tells %s in Italian", (action, details, sentence) => {
    expect(auditSentence(event(action, details), t, "it")).toBe(sentence);
  });

  it("tells the same act in English", () => {
    expect(
      auditSentence(event("procedure.phaseChanged", { from: "avvio", to: "tavolo" }), tEn, "en"),
    ).toBe("moved the procedure from the «Launch» phase to the «Co-design table» phase");
  });

  it("still tells an act it does not know, by its code", () => {
    expect(auditSentence(event("proposal.frozen", {}), t, "it")).toBe(
      "ha registrato l'azione «proposal.frozen»",
    );
  });
});
