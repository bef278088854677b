import {
  type AuditEvent,
  PhaseSchema,
  phaseDefinition,
  ROLE_LABELS,
  RoleSchema,
} from "@tavolo/shared";
import type { TFunction } from "i18next";
import { formatDateTime } from "../format/dates.ts";
import type { Language } from "../i18n/i18n.ts";

type Details = AuditEvent["details"];

const text = (details: Details, key: string): string => {
  const value = details[key];
  return value === null || value === undefined ? "" : String(value);
};

/** Each recorded act, as what its author did: "ha creato la procedura «…»". */
const SENTENCES: Record<string, (details: Details, t: TFunction, language: Language) => string> = {
  "procedure.created": (d, t) => t("audit.actions.procedureCreated", { title: text(d, "title") }),
  "procedure.demoCreated": (d, t) => t("audit.actions.demoCreated", { title: text(d, "title") }),
  "procedure.edited": (d, t) => t("audit.actions.procedureEdited", { fields: fields(d, t) }),
  "procedure.phaseChanged": (d, t, language) =>
    t("audit.actions.phaseChanged", {
      from: phaseName(text(d, "from"), language),
      to: phaseName(text(d, "to"), language),
    }),
  "organisation.added": (d, t) =>
    t("audit.actions.organisationAdded", {
      name: text(d, "name"),
      role: t(
        text(d, "role") === "capofila" ? "partners.roles.capofila" : "partners.roles.partner",
      ).toLowerCase(),
    }),
  "organisation.edited": (d, t) =>
    t("audit.actions.organisationEdited", { name: text(d, "name"), fields: fields(d, t) }),
  "organisation.removed": (d, t) =>
    t("audit.actions.organisationRemoved", { name: text(d, "name") }),
  "invitation.created": (d, t, language) =>
    t("audit.actions.invitationCreated", { role: roleName(text(d, "role"), language) }),
  "invitation.withdrawn": (d, t, language) =>
    t("audit.actions.invitationWithdrawn", { role: roleName(text(d, "role"), language) }),
  "invitation.accepted": (d, t, language) =>
    t("audit.actions.invitationAccepted", { role: roleName(text(d, "role"), language) }),
  "signInLink.issued": (d, t) =>
    t("adminIdentity.audit.signInLinkIssued", { person: text(d, "person") }),
  "signInLink.used": (_d, t) => t("adminIdentity.audit.signInLinkUsed"),
  "member.changed": (d, t, language) =>
    t("audit.actions.memberChanged", {
      member: text(d, "member"),
      role: roleName(text(d, "role"), language),
    }),
  "member.revoked": (d, t) => t("audit.actions.memberRevoked", { member: text(d, "member") }),
  "meeting.scheduled": (d, t, language) =>
    t("audit.actions.meetingScheduled", {
      title: text(d, "title"),
      date: text(d, "date") ? formatDateTime(text(d, "date"), language) : "",
    }),
  "meeting.cancelled": (d, t, language) =>
    t("audit.actions.meetingCancelled", {
      title: text(d, "title"),
      date: text(d, "date") ? formatDateTime(text(d, "date"), language) : "",
    }),
  "meeting.updated": (d, t) =>
    t("audit.actions.meetingUpdated", { title: text(d, "title"), fields: fields(d, t) }),
  "room.created": (d, t) => {
    const kind = text(d, "kind");
    const key =
      kind === "lavagna"
        ? "audit.actions.boardCreated"
        : kind === "documento"
          ? "audit.actions.documentCreated"
          : "audit.actions.noteCreated";
    return t(key, { title: text(d, "title") });
  },
  "version.frozen": (d, t) =>
    t("audit.actions.versionFrozen", {
      number: text(d, "number"),
      room: text(d, "room"),
      hash: text(d, "hash").slice(0, 12),
    }),
  "version.damaged": (d, t) =>
    t("audit.actions.versionDamaged", {
      number: text(d, "number"),
      reason: text(d, "reason")
        .split(",")
        .filter(Boolean)
        .map((problem) => t(`versions.verify.problems.${problem}`, { defaultValue: problem }))
        .join("; "),
    }),
  "version.restored": (d, t) => t("audit.actions.versionRestored", { number: text(d, "number") }),
  "approval.opened": (d, t) => t("audit.actions.approvalOpened", { number: text(d, "number") }),
  "approval.superseded": (d, t) => t("audit.actions.approvalSuperseded", { by: text(d, "by") }),
  "approval.approved": (d, t) =>
    t("audit.actions.approvalApproved", {
      number: text(d, "number"),
      organisation: text(d, "organisation"),
    }),
  "approval.changesRequested": (d, t) =>
    t("audit.actions.approvalChangesRequested", {
      number: text(d, "number"),
      organisation: text(d, "organisation"),
      reason: text(d, "reason"),
    }),
  "approval.agreed": (d, t) => t("audit.actions.approvalAgreed", { number: text(d, "number") }),
  "board.revealed": (d, t) =>
    t("audit.actions.boardRevealed", { board: text(d, "board"), count: Number(d.notes ?? 0) }),
  "board.voteClosed": (d, t) =>
    t("audit.actions.boardVoteClosed", { board: text(d, "board"), count: Number(d.ballots ?? 0) }),
  "board.locked": (d, t) => t("audit.actions.boardLocked", { board: text(d, "board") }),
  "board.unlocked": (d, t) => t("audit.actions.boardUnlocked", { board: text(d, "board") }),
  "section.statusChanged": (d, t) =>
    t(sectionStatusKey(d), { section: text(d, "section"), room: text(d, "room") }),
};

/** Signed off, closed, reopened or sent back to writing (a withdrawn sign-off). */
function sectionStatusKey(
  details: Details,
):
  | "audit.actions.sectionReady"
  | "audit.actions.sectionClosed"
  | "audit.actions.sectionReopened"
  | "audit.actions.sectionBackToWriting" {
  const to = text(details, "to");
  if (to === "pronta") return "audit.actions.sectionReady";
  if (to === "chiusa") return "audit.actions.sectionClosed";
  return text(details, "from") === "chiusa"
    ? "audit.actions.sectionReopened"
    : "audit.actions.sectionBackToWriting";
}

/**
 * What the author of an audit event did, as the rest of a sentence that starts with their
 * name. Acts this version does not know yet are still told, by their code.
 */
export function auditSentence(event: AuditEvent, t: TFunction, language: Language): string {
  const sentence = SENTENCES[event.action];
  return sentence
    ? sentence(event.details, t, language)
    : t("audit.actions.other", { action: event.action });
}

function phaseName(phase: string, language: Language): string {
  const parsed = PhaseSchema.safeParse(phase);
  return parsed.success ? phaseDefinition(parsed.data).label[language] : phase;
}

function roleName(role: string, language: Language): string {
  const parsed = RoleSchema.safeParse(role);
  return parsed.success ? ROLE_LABELS[parsed.data][language].toLowerCase() : role;
}

const FIELD_KEYS = [
  "title",
  "amministrazione",
  "ambito",
  "legalBasis",
  "fundingLine",
  "cup",
  "description",
  "name",
  "type",
  "fiscalCode",
  "role",
  "resources",
  "date",
  "place",
  "link",
  "agenda",
  "attendance",
  "roomIds",
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];
const isFieldKey = (value: string): value is FieldKey => FIELD_KEYS.some((key) => key === value);

/** "title, resources" → "titolo, risorse". */
function fields(details: Details, t: TFunction): string {
  return text(details, "fields")
    .split(",")
    .map((field) => field.trim())
    .filter((field) => field !== "")
    .map((field) => (isFieldKey(field) ? t(`audit.fields.${field}`) : field))
    .join(", ");
}
