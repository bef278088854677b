import { z } from "zod";
import { nameSchema } from "../validation/text-schemas.ts";
import type { Person } from "./people.ts";

/** How a session was started; sessions from before accounts existed are "cookie". */
export type SignInMethod = "cookie" | "passkey" | "oidc" | "link" | "invitation" | "bootstrap";

/** The signed-in person as `GET /api/session` answers. */
export interface SessionPerson extends Person {
  /** No passkey nor other way back in: signing out or losing this browser loses the account. */
  needsPasskey: boolean;
}

/** A passkey as its owner sees it on "Il mio account". */
export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** A session (a signed-in browser) as its owner sees it. */
export interface SessionView {
  id: string;
  method: SignInMethod;
  /** "Chrome su Linux"; null when the browser did not say. */
  device: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  /** The session of the browser asking. */
  current: boolean;
}

/** `GET /api/account`. */
export interface AccountView {
  person: SessionPerson;
  passkeys: PasskeyView[];
  sessions: SessionView[];
}

export const PasskeyNameSchema = nameSchema(1, 60);

/** Base64url text as WebAuthn responses carry it; the cap keeps a hostile body small. */
const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/, "must be base64url");

const TRANSPORTS = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] as const;
type Transport = (typeof TRANSPORTS)[number];
const isTransport = (value: string): value is Transport =>
  (TRANSPORTS as readonly string[]).includes(value);

/** The fields every WebAuthn credential response shares (`PublicKeyCredential.toJSON()`). */
const credentialFields = {
  id: base64url(1366),
  rawId: base64url(1366),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

/** What `navigator.credentials.create()` answered, as JSON. */
export const RegistrationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(16_384),
    // Transports a newer browser names and Tavolo does not know are dropped, not refused.
    transports: z
      .array(z.string().max(32))
      .max(10)
      .optional()
      .transform((list) => list?.filter(isTransport)),
  }),
});

/** What `navigator.credentials.get()` answered, as JSON. */
export const AuthenticationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(4096),
    signature: base64url(1024),
    userHandle: base64url(128).optional(),
  }),
});

/** `POST /api/account/passkeys`: a new passkey for the signed-in person. */
export const AddPasskeySchema = z.object({
  name: PasskeyNameSchema,
  response: RegistrationResponseSchema,
});

/** `PATCH /api/account/passkeys/:id`. */
export const RenamePasskeySchema = z.object({ name: PasskeyNameSchema });

/** `POST /api/passkeys/sign-in`. */
export const PasskeySignInSchema = z.object({ response: AuthenticationResponseSchema });
