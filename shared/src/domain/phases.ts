import { z } from "zod";

export const PhaseSchema = z.enum([
  "coprogrammazione",
  "avvio",
  "avviso",
  "istruttoria",
  "tavolo",
  "approvazione",
  "convenzione",
  "cogestione",
  "rendicontazione",
]);
export type Phase = z.infer<typeof PhaseSchema>;

/** Something a phase needs before a procedure may enter it. */
export type PhaseCondition = "agreedProposal" | "hasPartners";

export interface ExpectedDocument {
  key: string;
  label: { it: string; en: string };
  /** "perMeeting": one per session of the table (the verbale). */
  cardinality: "one" | "perMeeting";
}

export interface PhaseDefinition {
  key: Phase;
  label: { it: string; en: string };
  optional: boolean;
  expectedDocuments: readonly ExpectedDocument[];
  entryConditions: readonly PhaseCondition[];
}

const doc = (
  key: string,
  it: string,
  en: string,
  cardinality: ExpectedDocument["cardinality"] = "one",
) => ({
  key,
  label: { it, en },
  cardinality,
});

/** The phases of a co-progettazione (art. 55 D.Lgs. 117/2017, DM 72/2021), in order. */
export const PHASES: readonly PhaseDefinition[] = [
  {
    key: "coprogrammazione",
    label: { it: "Co-programmazione", en: "Co-programming" },
    optional: true,
    expectedDocuments: [doc("documento-conclusivo", "Documento conclusivo", "Final report")],
    entryConditions: [],
  },
  {
    key: "avvio",
    label: { it: "Avvio", en: "Launch" },
    optional: false,
    expectedDocuments: [
      doc("determina-avvio", "Determina di avvio", "Launch decision"),
      doc("avviso", "Avviso pubblico", "Public call"),
      doc("schema-convenzione", "Schema di convenzione", "Draft agreement"),
    ],
    entryConditions: [],
  },
  {
    key: "avviso",
    label: { it: "Avviso e manifestazioni di interesse", en: "Call and expressions of interest" },
    optional: false,
    expectedDocuments: [
      doc("istanze", "Istanze di partecipazione", "Applications"),
      doc("proposte", "Proposte progettuali", "Project proposals"),
    ],
    entryConditions: [],
  },
  {
    key: "istruttoria",
    label: { it: "Istruttoria", en: "Assessment" },
    optional: false,
    expectedDocuments: [
      doc("verbali-commissione", "Verbali della commissione", "Panel minutes"),
      doc("graduatoria", "Graduatoria", "Ranking"),
    ],
    entryConditions: [],
  },
  {
    key: "tavolo",
    label: { it: "Tavolo di co-progettazione", en: "Co-design table" },
    optional: false,
    expectedDocuments: [
      doc("verbale", "Verbale di seduta", "Session minutes", "perMeeting"),
      doc("progetto-definitivo", "Progetto definitivo", "Final project"),
    ],
    entryConditions: ["hasPartners"],
  },
  {
    key: "approvazione",
    label: { it: "Approvazione", en: "Approval" },
    optional: false,
    expectedDocuments: [
      doc("determina-approvazione", "Determina di approvazione", "Approval decision"),
    ],
    entryConditions: ["agreedProposal"],
  },
  {
    key: "convenzione",
    label: { it: "Convenzione", en: "Agreement" },
    optional: false,
    expectedDocuments: [doc("convenzione", "Convenzione firmata", "Signed agreement")],
    entryConditions: ["agreedProposal"],
  },
  {
    key: "cogestione",
    label: { it: "Co-gestione e monitoraggio", en: "Joint running and monitoring" },
    optional: false,
    expectedDocuments: [doc("monitoraggio", "Report di monitoraggio", "Monitoring reports")],
    entryConditions: [],
  },
  {
    key: "rendicontazione",
    label: { it: "Rendicontazione", en: "Reporting" },
    optional: false,
    expectedDocuments: [
      doc("relazione", "Relazione finale", "Final report"),
      doc("rendiconto", "Rendiconto economico", "Financial statement"),
    ],
    entryConditions: [],
  },
];

export function phaseDefinition(phase: Phase): PhaseDefinition {
  const found = PHASES.find((definition) => definition.key === phase);
  if (!found) throw new Error(`unknown phase ${phase}`);
  return found;
}

/** What the server knows about a procedure when it checks a phase's conditions. */
export interface PhaseFacts {
  partnerCount: number;
  /** Set once a version of the proposal is agreed by every partner (freeze/approval issue). */
  hasAgreedProposal: boolean;
}

const CONDITION_MET: Record<PhaseCondition, (facts: PhaseFacts) => boolean> = {
  agreedProposal: (facts) => facts.hasAgreedProposal,
  hasPartners: (facts) => facts.partnerCount > 0,
};

export const CONDITION_LABELS: Record<PhaseCondition, { it: string; en: string }> = {
  agreedProposal: {
    it: "serve un testo concordato della proposta progettuale, approvato da tutti i partner",
    en: "needs an agreed version of the proposal, approved by every partner",
  },
  hasPartners: {
    it: "serve almeno un ente partner",
    en: "needs at least one partner organisation",
  },
};

/** The conditions that keep a procedure out of `phase`; empty when it may enter. */
export function unmetConditions(phase: Phase, facts: PhaseFacts): PhaseCondition[] {
  return phaseDefinition(phase).entryConditions.filter(
    (condition) => !CONDITION_MET[condition](facts),
  );
}
