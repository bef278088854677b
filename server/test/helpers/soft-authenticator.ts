import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";

/**
 * A software WebAuthn authenticator for tests: it keeps ES256 (P-256) credentials in memory and
 * answers registration and authentication options with the responses a browser would send, so
 * the server verifies them for real (attestation "none"). One instance is one device; `copy()`
 * gives a second device holding the same credentials, like a synced passkey.
 */
export class SoftAuthenticator {
  private readonly credentials: SoftCredential[] = [];

  /** The credentials this device holds, newest last. */
  get credentialIds(): string[] {
    return this.credentials.map((credential) => credential.id);
  }

  /** A second device with the same credentials, as a passkey synced to another device. */
  copy(): SoftAuthenticator {
    const other = new SoftAuthenticator();
    for (const credential of this.credentials) other.credentials.push({ ...credential });
    return other;
  }

  /** Creates a credential for `options` and answers as `navigator.credentials.create` would. */
  register(
    options: PublicKeyCredentialCreationOptionsJSON,
    origin: string,
    tamper: Tamper = {},
  ): RegistrationResponseJSON {
    const rpId = options.rp.id ?? new URL(origin).hostname;
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const id = randomBytes(16).toString("base64url");
    const credential: SoftCredential = {
      id,
      rpId,
      userHandle: options.user.id,
      privateKey,
    };
    const clientDataJSON = clientData("webauthn.create", options.challenge, origin, tamper);
    const authData = Buffer.concat([
      authenticatorData(tamper.rpId ?? rpId, FLAGS.attestedData),
      Buffer.alloc(16), // AAGUID: zero for attestation "none"
      uint16(Buffer.from(id, "base64url").length),
      Buffer.from(id, "base64url"),
      coseKey(publicKey),
    ]);
    const attestationObject = cbor(
      new Map<string, CborValue>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    this.credentials.push(credential);
    return {
      id,
      rawId: id,
      type: "public-key",
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
      response: {
        clientDataJSON: clientDataJSON.toString("base64url"),
        attestationObject: attestationObject.toString("base64url"),
        transports: ["internal"],
      },
    };
  }

  /**
   * Signs `options`' challenge with a credential for its RP (one of `allowCredentials`, or the
   * newest, as a discoverable credential is chosen) and answers as `navigator.credentials.get`.
   */
  authenticate(
    options: PublicKeyCredentialRequestOptionsJSON,
    origin: string,
    tamper: Tamper = {},
  ): AuthenticationResponseJSON {
    const rpId = options.rpId ?? new URL(origin).hostname;
    const allowed = new Set((options.allowCredentials ?? []).map((credential) => credential.id));
    const credential = this.credentials.findLast(
      (candidate) => candidate.rpId === rpId && (allowed.size === 0 || allowed.has(candidate.id)),
    );
    if (!credential) throw new Error(`soft authenticator: no credential for ${rpId}`);
    const clientDataJSON = clientData("webauthn.get", options.challenge, origin, tamper);
    const authData = authenticatorData(tamper.rpId ?? rpId, 0);
    const signed = Buffer.concat([authData, sha256(clientDataJSON)]);
    const signature = sign("sha256", signed, credential.privateKey);
    return {
      id: credential.id,
      rawId: credential.id,
      type: "public-key",
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
      response: {
        clientDataJSON: clientDataJSON.toString("base64url"),
        authenticatorData: authData.toString("base64url"),
        signature: signature.toString("base64url"),
        userHandle: credential.userHandle,
      },
    };
  }
}

/** What a test may falsify in a response, to see the server refuse it. */
export interface Tamper {
  /** Sign another challenge than the one in the options. */
  challenge?: string;
  /** Claim another RP in the authenticator data. */
  rpId?: string;
}

interface SoftCredential {
  id: string;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
}

/** Authenticator data flags: user present and verified, backup eligible and backed up. */
const FLAGS = { base: 0x01 | 0x04 | 0x08 | 0x10, attestedData: 0x40 } as const;

function clientData(type: string, challenge: string, origin: string, tamper: Tamper): Buffer {
  const json = { type, challenge: tamper.challenge ?? challenge, origin, crossOrigin: false };
  return Buffer.from(JSON.stringify(json));
}

/** RP id hash, flags and a signature counter of 0, as synced passkeys report it. */
function authenticatorData(rpId: string, extraFlags: number): Buffer {
  return Buffer.concat([
    sha256(Buffer.from(rpId)),
    Buffer.from([FLAGS.base | extraFlags]),
    Buffer.alloc(4),
  ]);
}

/** The P-256 public key as a COSE_Key: kty EC2, alg ES256, crv P-256, x, y. */
function coseKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: "jwk" });
  if (!jwk.x || !jwk.y) throw new Error("soft authenticator: not an EC key");
  return cbor(
    new Map<number, CborValue>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x, "base64url")],
      [-3, Buffer.from(jwk.y, "base64url")],
    ]),
  );
}

type CborValue = number | string | Buffer | Map<number | string, CborValue>;

/** The little CBOR the responses need: integers, text, byte strings and maps. */
function cbor(value: CborValue): Buffer {
  if (typeof value === "number") {
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === "string") {
    const bytes = Buffer.from(value);
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  const entries = [...value].flatMap(([key, item]) => [cbor(key), cbor(item)]);
  return Buffer.concat([head(5, value.size), ...entries]);
}

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  return Buffer.concat([Buffer.from([(major << 5) | 25]), uint16(length)]);
}

function uint16(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}

function sha256(bytes: Buffer): Buffer {
  return createHash("sha256").update(bytes).digest();
}
