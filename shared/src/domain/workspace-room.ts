import { z } from "zod";
import { findBoardTemplate } from "../board/templates/catalogue.ts";
import { findProposalTemplate } from "../proposal/templates/registry.ts";
import { nameSchema } from "../validation/text-schemas.ts";

/** What a synced room holds: a shared note now; boards and documents in later issues. */
export const RoomKindSchema = z.enum(["nota", "lavagna", "documento"]);
export type RoomKind = z.infer<typeof RoomKindSchema>;

export const CreateRoomSchema = z.object({
  kind: RoomKindSchema,
  title: nameSchema(2, 200),
  /** For documents: which expected document of the procedure this is (e.g. "verbale"). */
  documentKey: z.string().min(1).max(64).nullable().default(null),
  meetingId: z.string().min(1).max(64).nullable().default(null),
  /** For boards: the template laid out on the new board (see BOARD_TEMPLATES); blank if absent. */
  boardTemplateId: z
    .string()
    .max(64)
    .refine((id) => findBoardTemplate(id) !== null, "not a board template")
    .nullable()
    .default(null),
  /**
   * For documents: the template the server writes into the new document (PROPOSAL_TEMPLATES);
   * if absent, the first template that fits `documentKey`.
   */
  templateId: z
    .string()
    .max(64)
    .refine((id) => findProposalTemplate(id) !== undefined, "not a document template")
    .nullable()
    .default(null),
});

/** A synced document or board that belongs to one procedure. Its id is the room name. */
export interface WorkspaceRoom {
  id: string;
  procedureId: string;
  kind: RoomKind;
  title: string;
  documentKey: string | null;
  meetingId: string | null;
  /** For documents: the template it was created from (also in the document's own meta). */
  templateId?: string | null;
  createdAt: string;
  createdBy: string;
}

/** A short-lived credential for `/sync/<room>?token=...`, for scripts and other non-browsers. */
export interface RoomToken {
  token: string;
  room: string;
  expiresAt: string;
}
