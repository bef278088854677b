import { Signer } from "@signpdf/utils";
import forge from "node-forge";

const { asn1, pki } = forge;
const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  sha256: "2.16.840.1.101.3.4.2.1",
  sha256WithRsa: "1.2.840.113549.1.1.11",
} as const;

/** PKCS#12 bag types (RFC 7292). */
const BAG = {
  key: "1.2.840.113549.1.12.10.1.1",
  shroudedKey: "1.2.840.113549.1.12.10.1.2",
  cert: "1.2.840.113549.1.12.10.1.3",
} as const;

type Asn1 = forge.asn1.Asn1;
const U = asn1.Class.UNIVERSAL;
const seq = (value: Asn1[]) => asn1.create(U, asn1.Type.SEQUENCE, true, value);
const set = (value: Asn1[]) => asn1.create(U, asn1.Type.SET, true, value);
const oid = (id: string) => asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: string) => asn1.create(U, asn1.Type.OCTETSTRING, false, bytes);
const integer = (bytes: string) => asn1.create(U, asn1.Type.INTEGER, false, bytes);
const nothing = () => asn1.create(U, asn1.Type.NULL, false, "");
const tagged = (tag: number, value: Asn1[]) =>
  asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, value);
const der = (value: Asn1) => asn1.toDer(value).getBytes();
const sha256 = (bytes: string) => forge.md.sha256.create().update(bytes).digest().getBytes();

/** What a PKCS#12 file gives the signer: an RSA key, its certificate, and the chain. */
export interface SigningIdentity {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
}

/** Reads a PKCS#12 file; throws with why when the password is wrong or no RSA key matches. */
export function readPkcs12(bytes: Uint8Array, password: string): SigningIdentity {
  const p12 = forge.pkcs12.pkcs12FromAsn1(
    asn1.fromDer(forge.util.binary.raw.encode(bytes)),
    false,
    password,
  );
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const keyBag = [...bags(BAG.shroudedKey), ...bags(BAG.key)][0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key?.n) throw new Error("the PKCS#12 file holds no RSA private key");
  const chain = bags(BAG.cert).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const certificate = chain.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!certificate) throw new Error("no certificate in the PKCS#12 file matches its key");
  return { key, certificate, chain };
}

function issuerAndSerial(certificate: forge.pki.Certificate): Asn1[] {
  return [
    pki.distinguishedNameToAsn1(certificate.issuer),
    integer(forge.util.hexToBytes(certificate.serialNumber)),
  ];
}

/** ESS signing-certificate-v2 (RFC 5035): binds the signature to the signer's certificate. */
function signingCertificateV2(certificate: forge.pki.Certificate): Asn1 {
  const certHash = sha256(der(pki.certificateToAsn1(certificate)));
  const [issuer, serial] = issuerAndSerial(certificate);
  if (!issuer || !serial) throw new Error("certificate without issuer or serial");
  // hashAlgorithm is left out: SHA-256 is its DEFAULT, and DER leaves defaults out.
  const issuerSerial = seq([seq([tagged(4, [issuer])]), serial]);
  return seq([seq([seq([octets(certHash), issuerSerial])])]);
}

function attribute(type: string, value: Asn1): Asn1 {
  return seq([oid(type), set([value])]);
}

/** DER wants the members of a SET OF in the order of their encodings. */
function derSorted(items: Asn1[]): Asn1[] {
  return items
    .map((item) => ({ item, bytes: der(item) }))
    .sort((a, b) => (a.bytes < b.bytes ? -1 : a.bytes > b.bytes ? 1 : 0))
    .map(({ item }) => item);
}

/**
 * A CAdES-BES detached signature of some bytes, as PAdES baseline B asks (ETSI EN 319 142-1):
 * content-type, message-digest and signing-certificate-v2 signed, SHA-256 with RSA, and no
 * signing-time attribute (the claimed signing time is the signature dictionary's /M). RSA
 * PKCS#1 v1.5 is deterministic, so the same bytes give the same signature.
 */
export function cadesDetached(identity: SigningIdentity, content: Uint8Array): Uint8Array {
  const { key, certificate, chain } = identity;
  const digest = sha256(forge.util.binary.raw.encode(content));
  const attributes = derSorted([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(certificate)),
  ]);
  const toSign = forge.md.sha256.create().update(der(set(attributes)));
  const signature = key.sign(toSign);
  const signerInfo = seq([
    integer(String.fromCharCode(1)),
    seq(issuerAndSerial(certificate)),
    seq([oid(OID.sha256)]),
    tagged(0, attributes),
    seq([oid(OID.sha256WithRsa), nothing()]),
    octets(signature),
  ]);
  const signedData = seq([
    integer(String.fromCharCode(1)),
    set([seq([oid(OID.sha256)])]),
    seq([oid(OID.data)]),
    tagged(
      0,
      chain.map((cert) => pki.certificateToAsn1(cert)),
    ),
    set([signerInfo]),
  ]);
  const contentInfo = seq([oid(OID.signedData), tagged(0, [signedData])]);
  return forge.util.binary.raw.decode(der(contentInfo));
}

/** The signer `@signpdf/signpdf` calls with the bytes the ByteRange covers. */
export class CadesSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(cadesDetached(this.identity, pdfBuffer));
  }
}
