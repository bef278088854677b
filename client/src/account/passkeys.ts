import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from "@simplewebauthn/browser";
import {
  type AccountView,
  ApiClient,
  ApiRequestError,
  describeDevice,
  type PasskeyView,
  type SessionPerson,
} from "@tavolo/shared";
import type { TFunction } from "i18next";

/** Same origin: the session cookie travels by itself. */
const client = new ApiClient("");

/** The account calls "Il mio account" and the sign-in make; they throw `ApiRequestError`. */
export const accountApi = {
  account: () => client.ok<AccountView>("GET", "/api/account"),
  renamePasskey: (id: string, name: string) =>
    client.ok<PasskeyView>("PATCH", `/api/account/passkeys/${encodeURIComponent(id)}`, { name }),
  removePasskey: (id: string) =>
    client.ok<null>("DELETE", `/api/account/passkeys/${encodeURIComponent(id)}`),
  endSession: (id: string) =>
    client.ok<null>("DELETE", `/api/account/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => client.ok<{ ended: number }>("DELETE", "/api/account/sessions"),
};

/** Whether this browser can make and use passkeys at all. */
export const passkeysSupported = (): boolean => browserSupportsWebAuthn();

/** A name for a passkey made on this device, until the person gives one ("Chrome su Linux"). */
export const thisDeviceName = (): string => describeDevice(navigator.userAgent) ?? "Passkey";

/** Asks the browser for a new passkey for the signed-in person and registers it as `name`. */
export async function createPasskey(name: string): Promise<PasskeyView> {
  const optionsJSON = await client.ok<PublicKeyCredentialCreationOptionsJSON>(
    "POST",
    "/api/account/passkeys/options",
  );
  const response = await startRegistration({ optionsJSON });
  return client.ok<PasskeyView>("POST", "/api/account/passkeys", { name, response });
}

/** Asks the browser for one of its passkeys for this site and signs in with it. */
export async function signInWithPasskey(): Promise<SessionPerson> {
  const optionsJSON = await client.ok<PublicKeyCredentialRequestOptionsJSON>(
    "POST",
    "/api/passkeys/sign-in/options",
  );
  const response = await startAuthentication({ optionsJSON });
  return client.ok<SessionPerson>("POST", "/api/passkeys/sign-in", { response });
}

/** Why a passkey ceremony failed, in a sentence for the person; undefined if not about passkeys. */
export function passkeyFailure(error: unknown, t: TFunction): string | undefined {
  if (error instanceof WebAuthnError) {
    switch (error.code) {
      case "ERROR_INVALID_DOMAIN":
      case "ERROR_INVALID_RP_ID":
        return t("account.errors.domain");
      case "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED":
        return t("account.errors.duplicate");
      default:
        return t("account.errors.cancelled");
    }
  }
  if (error instanceof Error && error.name === "NotAllowedError") {
    return t("account.errors.cancelled");
  }
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return t("account.errors.unknownPasskey");
    if (error.status === 400 && error.message.startsWith("passkey:")) {
      return t("account.errors.refused");
    }
  }
  return undefined;
}
