import {
  CreateApiTokenSchema,
  CreateInstanceInvitationSchema,
  IssueSignInLinkSchema,
  UpdateInstancePersonSchema,
} from "@tavolo/shared";
import type { Route } from "../http/openapi.ts";

/** The routes of tokens, administration and sign-in links, for the OpenAPI document. */
export const IDENTITY_ROUTES: Route[] = [
  ["get", "/api/instance", "Sign-up policy; whether the first administrator is awaited", "public"],
  ["get", "/api/tokens", "The person's live API tokens (never their secret)", "session"],
  [
    "post",
    "/api/tokens",
    "Create a personal API token, shown once (browser session only)",
    "session",
    CreateApiTokenSchema,
  ],
  ["delete", "/api/tokens/{id}", "Revoke one of the person's API tokens", "session"],
  ["get", "/api/admin/people", "Every person of the instance (administrators)", "session"],
  [
    "patch",
    "/api/admin/people/{id}",
    "Mark or unmark an administrator or a procedure creator (administrators)",
    "session",
    UpdateInstancePersonSchema,
  ],
  [
    "post",
    "/api/admin/invitations",
    "A new person who may create procedures, and their one-time link (administrators)",
    "session",
    CreateInstanceInvitationSchema,
  ],
  [
    "post",
    "/api/procedures/{pid}/sign-in-links",
    "A one-time, short-lived sign-in link for a member (facilitators); audited",
    "session",
    IssueSignInLinkSchema,
  ],
  ["get", "/api/sign-in-links/{token}", "Preview a sign-in link (spends nothing)", "public"],
  [
    "post",
    "/api/sign-in-links/{token}/use",
    "Spend a sign-in link and sign in as its person; sets the session cookie",
    "public",
  ],
];
