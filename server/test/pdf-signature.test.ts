import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { AgidMetadataSchema, type DocumentVersion, type WorkspaceRoom } from "@tavolo/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { hasCommand, throwawayCertificate } from "./helpers/throwaway-certificate.ts";
import { createProposal, freeze } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

const run = promisify(execFile);
const PASSWORD = "una-password-di-prova";
const tools = (await hasCommand("openssl")) && (await hasCommand("pdfsig"));
if (!tools) {
  console.warn("pdf-signature: openssl or poppler's pdfsig is not installed; skipped");
}

describe.runIf(tools)("the PDF of a frozen version, with a certificate configured", () => {
  let server: TestServer;
  let workspace: Workspace;
  let room: WorkspaceRoom;
  let version: DocumentVersion;
  let certificate: { dir: string; p12: string };

  beforeAll(async () => {
    certificate = await throwawayCertificate(PASSWORD);
    server = await startTestServer({
      SIGNING_P12_PATH: certificate.p12,
      SIGNING_P12_PASSWORD: PASSWORD,
    });
    workspace = await Workspace.create(server.url, "Giulia Rossi");
    room = await createProposal(workspace);
    version = await freeze(workspace, room.id, { label: "Testo per il protocollo" });
  });
  afterAll(async () => {
    await server.close();
    await rm(certificate.dir, { recursive: true, force: true });
  });

  async function download(url: string): Promise<Buffer> {
    const response = await fetch(`${server.url}${url}`, {
      headers: { cookie: workspace.api.cookieHeader },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  /** pdfsig's report of a file; it exits 2 when a signature does not validate. */
  async function pdfsig(bytes: Buffer, name: string): Promise<string> {
    const file = path.join(certificate.dir, name);
    await writeFile(file, bytes);
    const result = await run("pdfsig", [file], { env: { ...process.env, TZ: "UTC" } }).catch(
      (error: { stdout?: string; stderr?: string }) => ({
        stdout: error.stdout ?? "",
        stderr: error.stderr ?? "",
      }),
    );
    return `${result.stdout}${result.stderr}`;
  }

  it("is signed PAdES (ETSI.CAdES.detached) and the signature validates, dated at the freeze", async () => {
    const pdf = await download(`/api/versions/${version.id}/export?format=pdf`);
    const report = await pdfsig(pdf, "signed.pdf");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");
    expect(report).toContain("Signer Certificate Common Name: Comune di Prova");
    expect(report).toContain("Signing Hash Algorithm: SHA-256");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Signature Validation: Signature is Valid.");
    const frozen = new Date(version.createdAt);
    const utc = (n: number) => String(n).padStart(2, "0");
    const time = `${utc(frozen.getUTCHours())}:${utc(frozen.getUTCMinutes())}:${utc(frozen.getUTCSeconds())}`;
    expect(report).toMatch(new RegExp(`Signing Time: .* ${time}`));
  });

  it("keeps the PDF/A identification and the file identifier, and signs the same bytes each time", async () => {
    const first = await download(`/api/versions/${version.id}/export?format=pdf`);
    const second = await download(`/api/versions/${version.id}/export?format=pdf`);
    expect(second.equals(first)).toBe(true);
    const text = first.toString("latin1");
    expect(text).toMatch(/pdfaid:part>2<|pdfaid:part="2"/);
    // The signature is an incremental update: the last trailer, the one a reader takes, has /ID.
    const lastTrailer = text.slice(text.lastIndexOf("trailer"));
    expect(lastTrailer).toMatch(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/);
    expect(text.match(/%%EOF/g)?.length).toBe(2);
  });

  it("is reported altered when one signed byte changes", async () => {
    const pdf = await download(`/api/versions/${version.id}/export?format=pdf`);
    const altered = Buffer.from(pdf);
    // A byte of the Info dictionary, inside the signed range.
    altered[pdf.indexOf("/Producer")] = "/".charCodeAt(0) + 1;
    const report = await pdfsig(altered, "altered.pdf");
    expect(report).not.toContain("Signature is Valid.");
    expect(report).toMatch(/Signature is Invalid|Digest Mismatch/);
  });

  it("is described as signed in its AgID metadata, by the impronta of the signed bytes", async () => {
    const pdf = await download(`/api/versions/${version.id}/export?format=pdf`);
    const agid = AgidMetadataSchema.parse(
      JSON.parse((await download(`/api/versions/${version.id}/metadata-agid`)).toString("utf8")),
    );
    expect(agid.Verifica.FirmatoDigitalmente).toBe(true);
    const hash = createHash("sha256").update(pdf).digest("hex");
    expect(agid.IdDoc.ImprontaCrittograficaDelDocumento.Impronta).toBe(hash);
  });

  it("never signs the draft", async () => {
    const draft = await download(`/api/rooms/${room.id}/export?format=pdf`);
    const report = await pdfsig(draft, "draft.pdf");
    expect(report).toMatch(/does not contain any signatures/);
  });

  it("refuses to start with a wrong certificate password", async () => {
    await expect(
      startTestServer({ SIGNING_P12_PATH: certificate.p12, SIGNING_P12_PASSWORD: "sbagliata" }),
    ).rejects.toThrow();
  });
});
