import { z } from "zod";
import { nameSchema } from "../validation/text-schemas.ts";
import type { Meeting } from "./meeting.ts";
import type { Organisation } from "./organisation.ts";
import type { Member } from "./people.ts";
import { type Phase, PhaseSchema } from "./phases.ts";
import type { Role } from "./roles.ts";
import type { WorkspaceRoom } from "./workspace-room.ts";

export const DEFAULT_LEGAL_BASIS = "art. 55 D.Lgs. 117/2017";

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

/**
 * The Codice Unico di Progetto (CUP) that identifies a publicly funded project: 15 letters and
 * digits, written in capitals; "" when the procedure has none yet.
 */
export const CupSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === "" || /^[A-Z0-9]{15}$/.test(value), "must be 15 letters and digits");

const ProcedureFields = z.object({
  title: nameSchema(3, 200),
  amministrazione: nameSchema(2, 200),
  ambito: text(200),
  legalBasis: text(200),
  fundingLine: text(200),
  cup: CupSchema,
  description: text(5000),
});

export const CreateProcedureSchema = ProcedureFields.extend({
  ambito: ProcedureFields.shape.ambito.default(""),
  legalBasis: ProcedureFields.shape.legalBasis.default(DEFAULT_LEGAL_BASIS),
  fundingLine: ProcedureFields.shape.fundingLine.default(""),
  cup: CupSchema.default(""),
  description: ProcedureFields.shape.description.default(""),
});
export type CreateProcedure = z.input<typeof CreateProcedureSchema>;

/** Edits name only the fields they change: no defaults, so nothing is reset by omission. */
export const UpdateProcedureSchema = ProcedureFields.partial().refine(
  (value) => Object.keys(value).length > 0,
  "nothing to update",
);

export const ChangePhaseSchema = z.object({ phase: PhaseSchema });

export interface PhaseChange {
  phase: Phase;
  by: string;
  byName: string;
  at: string;
}

export interface Procedure {
  id: string;
  title: string;
  amministrazione: string;
  ambito: string;
  legalBasis: string;
  fundingLine: string;
  /** The Codice Unico di Progetto; absent on procedures created before it was asked. */
  cup?: string;
  description: string;
  phase: Phase;
  phaseHistory: PhaseChange[];
  /** The version of the proposal every partner approved (set by the approval round). */
  agreedVersionId: string | null;
  createdAt: string;
  createdBy: string;
}

/** A procedure as one member sees it in a list. */
export interface ProcedureSummary {
  id: string;
  title: string;
  amministrazione: string;
  phase: Phase;
  myRole: Role;
}

/** How far a procedure has got with one phase's expected documents. */
export interface PhaseStatus {
  key: Phase;
  state: "done" | "current" | "upcoming";
  expectedDocuments: Array<{ key: string; expected: number; present: number }>;
  unmetConditions: string[];
}

/** Everything a procedure's home page shows, as one member may see it. */
export interface ProcedureDetail {
  procedure: Procedure;
  me: { personId: string; role: Role; organisationId: string | null };
  phases: PhaseStatus[];
  organisations: Organisation[];
  members: Member[];
  meetings: Meeting[];
  rooms: WorkspaceRoom[];
}
