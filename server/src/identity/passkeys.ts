import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { z } from "zod";
import type { Data, PasskeyRecord, PersonRecord } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import type { Ceremony, CeremonyPlace } from "./challenges.ts";
import { RP_NAME } from "./relying-party.ts";

/** A passkey is the person's only key: the authenticator must check who holds it. */
const USER_VERIFICATION = "required";

/** Options for `navigator.credentials.create()`: a discoverable credential for `person`. */
export function registrationOptions(
  place: CeremonyPlace,
  challenge: string,
  person: PersonRecord,
  existing: readonly PasskeyRecord[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: place.rpID,
    challenge: challengeBytes(challenge),
    userID: new TextEncoder().encode(person.id),
    userName: person.displayName,
    userDisplayName: person.displayName,
    attestationType: "none",
    excludeCredentials: existing.map(({ id }) => ({ id })),
    authenticatorSelection: { residentKey: "required", userVerification: USER_VERIFICATION },
  });
}

/** Options for `navigator.credentials.get()` with no account named: the browser offers its passkeys. */
export function signInOptions(
  place: CeremonyPlace,
  challenge: string,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: place.rpID,
    challenge: challengeBytes(challenge),
    userVerification: USER_VERIFICATION,
  });
}

/** The bytes of a base64url challenge (SimpleWebAuthn would take a string for UTF-8 text). */
export const challengeBytes = (challenge: string) =>
  new Uint8Array(Buffer.from(challenge, "base64url"));

const ClientDataSchema = z.object({ challenge: z.string().min(1).max(512) });

/** The challenge a WebAuthn response answers, read from its clientDataJSON (400 if unreadable). */
export function answeredChallenge(clientDataJSON: string): string {
  try {
    const json: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    return ClientDataSchema.parse(json).challenge;
  } catch {
    throw new ApiError(400, "response.clientDataJSON: not a WebAuthn client data object");
  }
}

/** The new passkey's public key and counter, if `response` answers `ceremony`; 400 otherwise. */
export async function verifiedRegistration(
  ceremony: Ceremony<unknown>,
  response: RegistrationResponseJSON,
): Promise<Pick<PasskeyRecord, "id" | "publicKey" | "counter" | "transports">> {
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: ceremony.challenge,
    expectedOrigin: ceremony.origin,
    expectedRPID: ceremony.rpID,
    requireUserVerification: true,
  }).catch((error: unknown) => refused(error));
  if (!result.verified) refused("not verified");
  const { credential } = result.registrationInfo;
  return {
    id: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString("base64url"),
    counter: credential.counter,
    transports: response.response.transports ?? [],
  };
}

/** The passkey's new counter if `response` is its signature of `ceremony`'s challenge; 400 otherwise. */
export async function verifiedAssertion(
  ceremony: Ceremony<unknown>,
  passkey: PasskeyRecord,
  response: AuthenticationResponseJSON,
): Promise<number> {
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: ceremony.challenge,
    expectedOrigin: ceremony.origin,
    expectedRPID: ceremony.rpID,
    requireUserVerification: true,
    credential: {
      id: passkey.id,
      publicKey: Buffer.from(passkey.publicKey, "base64url"),
      counter: passkey.counter,
    },
  }).catch((error: unknown) => refused(error));
  if (!result.verified) refused("not verified");
  return result.authenticationInfo.newCounter;
}

function refused(reason: unknown): never {
  const detail = reason instanceof Error ? reason.message : String(reason);
  throw new ApiError(400, `passkey: the response does not verify (${detail})`);
}

/** The person's passkeys, oldest first. */
export function passkeysOf(data: Readonly<Data>, personId: string): PasskeyRecord[] {
  return Object.values(data.passkeys)
    .filter((passkey) => passkey.personId === personId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** How many ways the person has to sign in again on a new device: passkeys and OIDC identities. */
export function waysIn(data: Readonly<Data>, personId: string): number {
  const identities = Object.values(data.oidcIdentities).filter((i) => i.personId === personId);
  return passkeysOf(data, personId).length + identities.length;
}
