import { createHash, createPublicKey, type KeyObject, verify } from "node:crypto";
import { cose, decodeCredentialPublicKey } from "@simplewebauthn/server/helpers";
import { z } from "zod";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest();

const EC_CURVES: Record<number, { crv: string; hash: string }> = {
  [cose.COSECRV.P256]: { crv: "P-256", hash: "sha256" },
  [cose.COSECRV.P384]: { crv: "P-384", hash: "sha384" },
  [cose.COSECRV.P521]: { crv: "P-521", hash: "sha512" },
};

interface VerifyingKey {
  key: KeyObject;
  /** The digest node:crypto applies; null for Ed25519, which hashes internally. */
  hash: string | null;
}

/** A COSE public key (ES256/384/512, RS256, Ed25519) as a node:crypto key; null otherwise. */
function verifyingKey(coseKey: Uint8Array<ArrayBuffer>): VerifyingKey | null {
  const decoded = decodeCredentialPublicKey(coseKey);
  if (cose.isCOSEPublicKeyEC2(decoded)) {
    const curve = EC_CURVES[decoded.get(cose.COSEKEYS.crv) ?? 0];
    const x = decoded.get(cose.COSEKEYS.x);
    const y = decoded.get(cose.COSEKEYS.y);
    if (!curve || !x || !y) return null;
    const jwk = { kty: "EC", crv: curve.crv, x: b64(x), y: b64(y) };
    return { key: createPublicKey({ key: jwk, format: "jwk" }), hash: curve.hash };
  }
  if (cose.isCOSEPublicKeyRSA(decoded)) {
    const n = decoded.get(cose.COSEKEYS.n);
    const e = decoded.get(cose.COSEKEYS.e);
    if (decoded.get(cose.COSEKEYS.alg) !== cose.COSEALG.RS256 || !n || !e) return null;
    const jwk = { kty: "RSA", n: b64(n), e: b64(e) };
    return { key: createPublicKey({ key: jwk, format: "jwk" }), hash: "sha256" };
  }
  if (cose.isCOSEPublicKeyOKP(decoded)) {
    const x = decoded.get(cose.COSEKEYS.x);
    if (decoded.get(cose.COSEKEYS.crv) !== cose.COSECRV.ED25519 || !x) return null;
    const jwk = { kty: "OKP", crv: "Ed25519", x: b64(x) };
    return { key: createPublicKey({ key: jwk, format: "jwk" }), hash: null };
  }
  return null;
}

const ClientDataSchema = z.object({ type: z.string(), challenge: z.string() });

/** A stored WebAuthn assertion, all base64url, with the key and relying party it is for. */
export interface StoredAssertion {
  publicKey: string;
  authenticatorData: string;
  clientDataJSON: string;
  signature: string;
  rpId: string;
}

const USER_PRESENT = 0x01;

/**
 * Whether `assertion` is the key's signature over `challenge` (base64url), made for `rpId` with
 * the person present: the check anyone can repeat from the stored approval, without the server's
 * secrets. Synchronous (node:crypto), so exports and reports check every approval they print.
 */
export function assertionHolds(assertion: StoredAssertion, challenge: string): boolean {
  try {
    const clientData = Buffer.from(assertion.clientDataJSON, "base64url");
    const parsed = ClientDataSchema.safeParse(JSON.parse(clientData.toString("utf8")));
    if (!parsed.success || parsed.data.type !== "webauthn.get") return false;
    if (parsed.data.challenge !== challenge) return false;
    const authData = Buffer.from(assertion.authenticatorData, "base64url");
    if (authData.length < 37 || !authData.subarray(0, 32).equals(sha256(assertion.rpId))) {
      return false;
    }
    if (((authData[32] ?? 0) & USER_PRESENT) === 0) return false;
    const key = verifyingKey(new Uint8Array(Buffer.from(assertion.publicKey, "base64url")));
    if (!key) return false;
    const signed = Buffer.concat([authData, sha256(clientData)]);
    return verify(key.hash, signed, key.key, Buffer.from(assertion.signature, "base64url"));
  } catch {
    return false;
  }
}
