import {
  AcceptInvitationSchema,
  AddPasskeySchema,
  ApprovalDecisionSchema,
  ChangePhaseSchema,
  CloseCode,
  CreateInvitationSchema,
  CreateMeetingSchema,
  CreateOrganisationSchema,
  CreateProcedureSchema,
  CreateRoomSchema,
  FreezeVersionSchema,
  OidcReauthSchema,
  OidcStartSchema,
  PasskeySignInSchema,
  RenamePasskeySchema,
  ROOM_NAME_MAX_LENGTH,
  StartSessionSchema,
  UpdateMeetingSchema,
  UpdateMemberSchema,
  UpdateOrganisationSchema,
  UpdateProcedureSchema,
} from "@tavolo/shared";
import { z } from "zod";
import { IDENTITY_ROUTES } from "../identity/admin-openapi.ts";

type Access = "public" | "session";
/** One documented route: method, path, summary, who may call it, and its body schema. */
export type Route = [
  method: string,
  path: string,
  summary: string,
  access: Access,
  body?: z.ZodType,
];

const P = "/api/procedures/{pid}";

/** Every API route: the OpenAPI document is built from this list and the shared zod schemas. */
const ROUTES: Route[] = [
  ["get", "/api/health", "Liveness check", "public"],
  ["get", "/api/openapi.json", "This document", "public"],
  ["get", "/api/session", "The person behind the session cookie", "session"],
  [
    "post",
    "/api/session",
    "Start a session (or rename yourself) with a display name",
    "public",
    StartSessionSchema,
  ],
  ["delete", "/api/session", "Log out", "public"],
  ["post", "/api/passkeys/sign-in/options", "Options to sign in with a passkey", "public"],
  [
    "post",
    "/api/passkeys/sign-in",
    "Sign in with a passkey; sets the session cookie",
    "public",
    PasskeySignInSchema,
  ],
  ["get", "/api/account", "Your passkeys and sessions", "session"],
  ["post", "/api/account/passkeys/options", "Options to register a passkey", "session"],
  ["post", "/api/account/passkeys", "Register a passkey", "session", AddPasskeySchema],
  ["patch", "/api/account/passkeys/{id}", "Rename a passkey", "session", RenamePasskeySchema],
  ["delete", "/api/account/passkeys/{id}", "Remove a passkey (not your only way in)", "session"],
  ["delete", "/api/account/sessions/{id}", "End a session; closes its connections", "session"],
  ["delete", "/api/account/sessions", "End all your other sessions", "session"],
  ["get", "/api/auth/oidc", "Whether OpenID Connect sign-in is on, and its button text", "public"],
  [
    "post",
    "/api/auth/oidc/start",
    "Start an OpenID Connect sign-in or link: answers the provider's URL",
    "public",
    OidcStartSchema,
  ],
  ["get", "/api/auth/oidc/callback", "The provider's redirect back (browser only)", "public"],
  ["get", "/api/auth/oidc/identities", "My linked institutional identities", "session"],
  [
    "post",
    "/api/auth/oidc/reauth",
    "Re-authenticate at the provider to confirm an approval decision",
    "session",
    OidcReauthSchema,
  ],
  ["post", "/api/demo", "Create the demo procedure (Padova, PNRR M5C2 1.3.2)", "session"],
  ["get", "/api/procedures", "My procedures", "session"],
  [
    "post",
    "/api/procedures",
    "Create a procedure; you become its facilitator",
    "session",
    CreateProcedureSchema,
  ],
  ["get", P, "A procedure's home: phases, partners, people, sessions, rooms", "session"],
  ["patch", P, "Edit a procedure (facilitators)", "session", UpdateProcedureSchema],
  [
    "post",
    `${P}/phase`,
    "Move to a phase; 409 lists unmet conditions",
    "session",
    ChangePhaseSchema,
  ],
  ["get", `${P}/audit`, "Audit trail, newest first (facilitators)", "session"],
  ["get", `${P}/organisations`, "Partner organisations", "session"],
  [
    "post",
    `${P}/organisations`,
    "Add a partner (facilitators)",
    "session",
    CreateOrganisationSchema,
  ],
  [
    "patch",
    `${P}/organisations/{oid}`,
    "Edit a partner and its resources",
    "session",
    UpdateOrganisationSchema,
  ],
  ["delete", `${P}/organisations/{oid}`, "Remove a partner (facilitators)", "session"],
  ["get", `${P}/members`, "People and roles", "session"],
  [
    "patch",
    `${P}/members/{personId}`,
    "Change a role or organisation (facilitators)",
    "session",
    UpdateMemberSchema,
  ],
  ["delete", `${P}/members/{personId}`, "Revoke a person; closes their connections", "session"],
  ["get", `${P}/invitations`, "Invitations (facilitators)", "session"],
  ["post", `${P}/invitations`, "Create an invitation link", "session", CreateInvitationSchema],
  ["delete", `${P}/invitations/{token}`, "Withdraw an invitation", "session"],
  ["get", `${P}/meetings`, "Sessions of the co-design table", "session"],
  ["post", `${P}/meetings`, "Schedule a session (facilitators)", "session", CreateMeetingSchema],
  [
    "patch",
    `${P}/meetings/{mid}`,
    "Edit a session, its attendance and linked rooms",
    "session",
    UpdateMeetingSchema,
  ],
  ["delete", `${P}/meetings/{mid}`, "Cancel a session (facilitators)", "session"],
  ["get", `${P}/rooms`, "Notes, boards and documents", "session"],
  ["post", `${P}/rooms`, "Create a note, board or document", "session", CreateRoomSchema],
  ["get", "/api/rooms/{room}", "A room and whether you may write in it", "session"],
  ["post", "/api/rooms/{room}/token", "A 10-minute token for /sync/{room}?token=…", "session"],
  ["get", "/api/boards/{boardId}", "A board, your role and its rooms", "session"],
  [
    "get",
    `${P}/boards/{boardId}/outputs`,
    "A board's clusters, frames and top-voted notes as lists with attribution (never hidden cards)",
    "session",
  ],
  ["post", "/api/boards/{boardId}/token", "A 10-minute token for one room of a board", "session"],
  ["post", "/api/boards/{boardId}/lock", "Lock or unlock a board (facilitators)", "session"],
  ["post", "/api/boards/{boardId}/reveal", "Reveal private notes (facilitators)", "session"],
  ["post", "/api/boards/{boardId}/votes/close", "Close and count a vote", "session"],
  ["get", "/api/rooms/{room}/versions", "A document's frozen versions, newest first", "session"],
  [
    "post",
    "/api/rooms/{room}/versions",
    "Freeze the server's current state; may open an approval round (with empty or over-limit sections: a facilitator's reason)",
    "session",
    FreezeVersionSchema,
  ],
  ["get", "/api/versions/{id}", "One frozen version with its hash and approval round", "session"],
  [
    "post",
    "/api/versions/{id}/approvals/challenge",
    "The WebAuthn challenge binding this hash, organisation and answer, with the person's passkeys",
    "session",
    ApprovalDecisionSchema,
  ],
  [
    "post",
    "/api/versions/{id}/approvals",
    "Approve or ask for changes to this exact hash (a partner's referente), with `proof`: the passkey's assertion over the challenge, or an OIDC re-authentication",
    "session",
    ApprovalDecisionSchema,
  ],
  [
    "get",
    "/api/versions/{id}/diff",
    "Section-by-section word diff to ?to=<version id>|draft",
    "session",
  ],
  [
    "post",
    "/api/versions/{id}/restore",
    "Put a version's content back into the live draft, as a new edit",
    "session",
  ],
  ["get", "/api/versions/{id}/export", "Export a version: ?format=pdf|docx|odt|md|html", "session"],
  [
    "get",
    "/api/versions/{id}/metadata-agid",
    "AgID metadata (Allegato 5) of a version's exported file: ?format=pdf|docx|odt|md|html",
    "session",
  ],
  [
    "get",
    "/api/rooms/{room}/export",
    "Export the live draft, marked BOZZA: ?format=pdf|docx|odt|md|html",
    "session",
  ],
  ["get", `${P}/versions`, "Every frozen version of the procedure", "session"],
  [
    "get",
    `${P}/versions/verify`,
    "Recompute every hash and chain link; reports mismatches",
    "session",
  ],
  [
    "post",
    "/api/verify",
    "Recognise an exported file: its bytes as the body (any format); no text disclosed; 404 if unknown",
    "public",
  ],
  [
    "get",
    "/api/verify/{sha256}",
    "Recognise an exported file's SHA-256 or a version's impronta; no text disclosed; 404 if unknown",
    "public",
  ],
  ["get", "/api/invitations/{token}", "Preview an invitation link", "public"],
  [
    "post",
    "/api/invitations/{token}/accept",
    "Accept an invitation; sets the session cookie",
    "public",
    AcceptInvitationSchema,
  ],
  ...IDENTITY_ROUTES,
];

const errorResponse = {
  description: "Refused; `error` says why (`field: message` for bad input)",
  content: {
    "application/json": {
      schema: { type: "object", properties: { error: { type: "string" } }, required: ["error"] },
    },
  },
};

const rateLimited = {
  ...errorResponse,
  description: "Too many requests from this address (see README); wait `Retry-After` seconds",
  headers: { "Retry-After": { schema: { type: "integer" } } },
};

function operation([, path, summary, access, body]: Route) {
  const parameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  return {
    summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(access === "session" ? { security: [{ sessionCookie: [] }, { bearerToken: [] }] } : {}),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: z.toJSONSchema(body, { io: "input" }) } },
          },
        }
      : {}),
    responses: {
      "200": { description: "Success (201 when created, 204 when deleted)" },
      "4XX": errorResponse,
      ...(body ? { "413": { ...errorResponse, description: "Body over the route's limit" } } : {}),
      ...(access === "public" ? { "429": rateLimited } : {}),
    },
  };
}

function paths(): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    result[route[1]] ??= {};
    (result[route[1]] as Record<string, unknown>)[route[0]] = operation(route);
  }
  result["/sync/{room}"] = {
    get: {
      summary: "Websocket upgrade to a y-websocket sync connection",
      description: `Authenticate with the session cookie (from the server's own origin or one in ALLOWED_ORIGINS) or ?token=. Close codes (4400-4499 final, 4500-4599 reconnect): ${Object.entries(
        CloseCode,
      )
        .map(([name, code]) => `${code} ${name}`)
        .join(", ")}.`,
      parameters: [
        {
          name: "room",
          in: "path",
          required: true,
          schema: { type: "string", maxLength: ROOM_NAME_MAX_LENGTH },
        },
        { name: "token", in: "query", required: false, schema: { type: "string" } },
      ],
      responses: {
        "101": { description: "Switching protocols" },
        "400": { description: "Invalid room name" },
        "401": { description: "No session or bad token" },
        "403": {
          description:
            "Not a member of the room's procedure, or a cookie upgrade from another origin",
        },
        "404": { description: "No such room" },
      },
    },
  };
  return result;
}

/** The OpenAPI description served at `GET /api/openapi.json`. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Tavolo API",
    version: "0.2.0",
    description:
      "REST API of Tavolo. Real-time documents are synced over `/sync/{room}` with the standard y-websocket protocol. POST, PUT, PATCH and DELETE take a body only as `application/json` (else 415) and are refused from a page of another origin (403; see ALLOWED_ORIGINS).",
  },
  components: {
    securitySchemes: {
      sessionCookie: { type: "apiKey", in: "cookie", name: "tavolo_session" },
      bearerToken: { type: "http", scheme: "bearer" },
    },
  },
  paths: paths(),
};
