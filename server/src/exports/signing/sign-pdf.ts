import { readFile } from "node:fs/promises";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { SignPdf } from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { CadesSigner, readPkcs12 } from "./cades-signer.ts";

/** Seals the PDF of a frozen version; absent when the municipality configured no certificate. */
export interface PdfSigner {
  /** The PDF with a PAdES baseline B signature dated `at` (the version's freeze). */
  sign(pdf: Uint8Array, at: Date): Promise<Uint8Array>;
}

/**
 * The bytes as served: a frozen version's PDF signed when a certificate is configured, dated at
 * its freeze (`document.date`); a draft, and every other format, as rendered.
 */
export function sealed(
  bytes: Uint8Array,
  document: { draft: boolean; date: Date },
  format: string,
  signer: PdfSigner | null,
): Promise<Uint8Array> {
  if (!signer || document.draft || format !== "pdf") return Promise.resolve(bytes);
  return signer.sign(bytes, document.date);
}

/** Room for the CMS: a 4096-bit RSA signature, its certificate and a chain of a few more. */
const SIGNATURE_BYTES = 16_384;

/**
 * PDF/A (ISO 19005-2, 6.1.3) wants the file identifier in the trailer a reader takes, the last
 * one; the placeholder's update leaves it out. The original file's identifier is copied in
 * (it is the same document), before the signature covers the bytes.
 */
function keepFileIdentifier(pdf: Buffer): Buffer {
  const id = /\/ID\s*\[\s*<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\s*\]/.exec(pdf.toString("latin1"));
  const trailer = pdf.lastIndexOf("trailer\n<<\n");
  if (!id || trailer < 0)
    throw new Error("the PDF has no file identifier or no trailer to keep it");
  const at = trailer + "trailer\n<<\n".length;
  return Buffer.concat([
    pdf.subarray(0, at),
    Buffer.from(`${id[0]}\n`, "latin1"),
    pdf.subarray(at),
  ]);
}

/**
 * A signer from a PKCS#12 file and its password, read and checked now: a wrong password or a
 * file without a matching RSA key stops the start instead of the first export.
 *
 * The signature is added as an incremental update (the placeholder after the PDF/A file's own
 * end, then the signature in it), so every byte pdfkit wrote, the PDF/A identification in the
 * XMP included, stays as it was. The signing time is the version's freeze: the same version
 * gives the same signed bytes every time.
 */
export async function loadPdfSigner(p12Path: string, password: string): Promise<PdfSigner> {
  const identity = readPkcs12(new Uint8Array(await readFile(p12Path)), password);
  const signer = new CadesSigner(identity);
  const name = identity.certificate.subject.getField("CN")?.value;
  return {
    async sign(pdf, at) {
      const withPlaceholder = keepFileIdentifier(
        plainAddPlaceholder({
          pdfBuffer: Buffer.from(pdf),
          reason: "Versione congelata: testo non modificabile",
          contactInfo: "",
          name: typeof name === "string" ? name : "Tavolo",
          location: "",
          signingTime: at,
          signatureLength: SIGNATURE_BYTES,
          subFilter: SUBFILTER_ETSI_CADES_DETACHED,
          appName: "Tavolo",
        }),
      );
      return new Uint8Array(await new SignPdf().sign(withPlaceholder, signer, at));
    },
  };
}
