import { z } from "zod";
import { nameSchema } from "../validation/text-schemas.ts";
import type { Role } from "./roles.ts";
import { RoleSchema } from "./roles.ts";

export const DisplayNameSchema = nameSchema(2, 80);

export const StartSessionSchema = z.object({ displayName: DisplayNameSchema });

export interface Person {
  id: string;
  displayName: string;
  /** In `GET /api/session` only: an instance administrator. */
  isAdmin?: boolean;
  /** In `GET /api/session` only: may create procedures under the sign-up policy. */
  mayCreateProcedures?: boolean;
}

export interface Member {
  personId: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  joinedAt: string;
}

export const UpdateMemberSchema = z
  .object({ role: RoleSchema, organisationId: z.string().min(1).max(64).nullable() })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "nothing to update");

/** A referente acts for one organisation, so the invitation must name it. */
const needsOrganisation = (value: { role?: string; organisationId?: string | null }) =>
  value.role !== "referente" || Boolean(value.organisationId);

export const CreateInvitationSchema = z
  .object({
    role: RoleSchema,
    organisationId: z.string().min(1).max(64).nullable().default(null),
    singleUse: z.boolean().default(true),
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 7),
  })
  .refine(needsOrganisation, {
    message: "a referente needs an organisation",
    path: ["organisationId"],
  });

export const AcceptInvitationSchema = z.object({ displayName: DisplayNameSchema.optional() });

export interface Invitation {
  token: string;
  procedureId: string;
  role: Role;
  organisationId: string | null;
  singleUse: boolean;
  expiresAt: string;
  createdBy: string;
  createdAt: string;
  usedBy: string[];
  revokedAt: string | null;
}

/** What someone holding an invitation link may see before accepting it. */
export interface InvitationPreview {
  procedureTitle: string;
  amministrazione: string;
  role: Role;
  organisationName: string | null;
  expiresAt: string;
  valid: boolean;
  reason: string | null;
}
