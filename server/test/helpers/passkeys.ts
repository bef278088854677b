import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { ApiClient, type PasskeyView, type SessionPerson } from "@tavolo/shared";
import type { SoftAuthenticator, Tamper } from "./soft-authenticator.ts";

/** Registers a passkey on `device` for the person signed in with `api` (as their browser would). */
export async function addPasskey(
  api: ApiClient,
  device: SoftAuthenticator,
  name = "Portatile ufficio",
): Promise<PasskeyView> {
  const options = await api.ok<PublicKeyCredentialCreationOptionsJSON>(
    "POST",
    "/api/account/passkeys/options",
  );
  const response = device.register(options, api.baseUrl);
  return api.ok<PasskeyView>("POST", "/api/account/passkeys", { name, response });
}

/** A new browser (no cookie) that signs in with a passkey `device` holds; `api` is signed in. */
export async function signInWithPasskey(
  baseUrl: string,
  device: SoftAuthenticator,
  tamper: Tamper & { origin?: string } = {},
): Promise<{ api: ApiClient; person: SessionPerson }> {
  const api = new ApiClient(baseUrl);
  const options = await api.ok<PublicKeyCredentialRequestOptionsJSON>(
    "POST",
    "/api/passkeys/sign-in/options",
  );
  const response = device.authenticate(options, tamper.origin ?? baseUrl, tamper);
  const person = await api.ok<SessionPerson>("POST", "/api/passkeys/sign-in", { response });
  return { api, person };
}
