import { z } from "zod";
import type { ApprovalBinding } from "./approval-binding.ts";

const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, "must be base64url")
  .max(16_384);
const nonce = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be the nonce the server issued");

/** The browser's WebAuthn assertion, as `@simplewebauthn/browser` returns it. */
export const PasskeyAssertionSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.object({
    authenticatorData: base64url,
    clientDataJSON: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

/** What confirms an answer: a passkey's assertion, or an OIDC re-authentication's proof. */
export const ApprovalProofSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("passkey"), nonce, assertion: PasskeyAssertionSchema }),
  z.object({ method: z.literal("oidc"), nonce, proofId: z.string().min(1).max(128) }),
]);
export type ApprovalProof = z.input<typeof ApprovalProofSchema>;

/** How a browser may reach an authenticator (WebAuthn's `AuthenticatorTransport`). */
export const WEBAUTHN_TRANSPORTS = [
  "ble",
  "cable",
  "hybrid",
  "internal",
  "nfc",
  "smart-card",
  "usb",
] as const;
type Transport = (typeof WEBAUTHN_TRANSPORTS)[number];

/** WebAuthn request options (the JSON form `startAuthentication` takes). */
export interface ApprovalRequestOptions {
  challenge: string;
  rpId?: string;
  timeout?: number;
  userVerification?: "required" | "preferred" | "discouraged";
  allowCredentials?: { id: string; type: "public-key"; transports?: Transport[] }[];
}

/**
 * `POST /api/versions/:id/approvals/challenge` (same body as the answer, without its proof):
 * what to sign, and the options for the person's passkeys (none: `allowCredentials` is empty).
 */
export interface ApprovalChallengeResponse {
  binding: ApprovalBinding;
  options: ApprovalRequestOptions;
}
