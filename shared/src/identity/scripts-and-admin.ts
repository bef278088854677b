import { z } from "zod";
import { DisplayNameSchema } from "../domain/people.ts";
import { nameSchema } from "../validation/text-schemas.ts";

/** Who may create procedures: administrators and the people they invited, or anyone (demos). */
export const SignupPolicySchema = z.enum(["invited", "open"]);
export type SignupPolicy = z.infer<typeof SignupPolicySchema>;

/** `GET /api/instance`: what a visitor's home page needs to know about this installation. */
export interface InstanceInfo {
  signupPolicy: SignupPolicy;
  /** No administrator has signed in yet: the first-start link is in the server's log. */
  awaitingAdministrator: boolean;
}

export const CreateApiTokenSchema = z.object({ name: nameSchema(1, 80) });

/** A personal API token as listed: never its secret, which is shown once at creation. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** `POST /api/tokens`: the token itself, this once. */
export interface CreatedApiToken extends ApiTokenSummary {
  token: string;
}

/** A person as instance administrators see them. */
export interface InstancePerson {
  id: string;
  displayName: string;
  createdAt: string;
  isAdmin: boolean;
  /** Invited to the instance by an administrator: may create procedures. */
  mayCreateProcedures: boolean;
}

export const UpdateInstancePersonSchema = z
  .object({ isAdmin: z.boolean(), mayCreateProcedures: z.boolean() })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "nothing to update");

export const CreateInstanceInvitationSchema = z.object({ displayName: DisplayNameSchema });

export const IssueSignInLinkSchema = z.object({ personId: z.string().min(1).max(64) });

/** What a sign-in link is for: a facilitator's link, the first-start one, an instance invitation. */
export type SignInLinkKind = "sign-in" | "bootstrap" | "instance-invitation";

/** A sign-in link as issued: its path (`/accesso/<token>`), shown once. */
export interface IssuedSignInLink {
  path: string;
  expiresAt: string;
  displayName: string;
}

/** What the holder of a sign-in link sees before using it. */
export interface SignInLinkPreview {
  displayName: string;
  kind: SignInLinkKind;
  valid: boolean;
  reason: string | null;
}
