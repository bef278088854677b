import { z } from "zod";

/** What a synced room holds: a shared note now; boards and documents in later issues. */
export const RoomKindSchema = z.enum(["nota", "lavagna", "documento"]);
export type RoomKind = z.infer<typeof RoomKindSchema>;

export const CreateRoomSchema = z.object({
  kind: RoomKindSchema,
  title: z.string().trim().min(2, "at least 2 characters").max(200),
  /** For documents: which expected document of the procedure this is (e.g. "verbale"). */
  documentKey: z.string().min(1).max(64).nullable().default(null),
  meetingId: z.string().min(1).max(64).nullable().default(null),
});

/** A synced document or board that belongs to one procedure. Its id is the room name. */
export interface WorkspaceRoom {
  id: string;
  procedureId: string;
  kind: RoomKind;
  title: string;
  documentKey: string | null;
  meetingId: string | null;
  createdAt: string;
  createdBy: string;
}

/** A short-lived credential for `/sync/<room>?token=...`, for scripts and other non-browsers. */
export interface RoomToken {
  token: string;
  room: string;
  expiresAt: string;
}
