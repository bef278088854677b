import { createHash } from "node:crypto";
import type { PublicVerification, UnknownVerification } from "@tavolo/shared";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreedVersion, EXPORT_FORMATS } from "./helpers/agreed-version.ts";
import { freeze } from "./helpers/versions.ts";

let agreed: AgreedVersion;
const files = new Map<string, Uint8Array>();

beforeAll(async () => {
  agreed = await AgreedVersion.create();
  for (const format of EXPORT_FORMATS) {
    const response = await agreed.exportOf(format);
    expect(response.status, format).toBe(200);
    files.set(format, new Uint8Array(await response.arrayBuffer()));
  }
});
afterAll(() => agreed.close());

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Without any cookie: what anyone who received the file can do. */
function postFile(bytes: Uint8Array) {
  return fetch(`${agreed.server.url}/api/verify`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: Buffer.from(bytes),
  });
}
const getHash = (hash: string) => fetch(`${agreed.server.url}/api/verify/${hash}`);

function fileOf(format: string): Uint8Array {
  const bytes = files.get(format);
  if (!bytes) throw new Error(`no ${format} export`);
  return bytes;
}

function expectIdentified(body: PublicVerification, match: "file" | "impronta") {
  expect(body).toMatchObject({
    known: true,
    match,
    procedure: { title: agreed.workspace.procedure.title },
    document: { title: agreed.room.title },
    version: {
      number: 1,
      label: "Testo finale",
      frozenAt: agreed.version.createdAt,
      impronta: agreed.version.hash,
    },
    testoConcordato: true,
    damage: [],
    approvals: [{ organisation: "Cooperativa sociale Il Ponte" }],
  });
  // No text of the version: not its canonical form, not a word typed in it.
  const json = JSON.stringify(body);
  expect(json).not.toContain("420 famiglie");
  expect(json).not.toContain("Educatore");
  expect(json).not.toContain("canonical");
}

describe("POST /api/verify, without a session", () => {
  it.each(EXPORT_FORMATS)("recognises an exported %s file by its bytes", async (format) => {
    const response = await postFile(fileOf(format));
    expect(response.status).toBe(200);
    const body = (await response.json()) as PublicVerification;
    expectIdentified(body, "file");
    expect(body).toMatchObject({ format, fileHash: sha256(fileOf(format)) });
  });

  it("renders the same bytes again: a version's export is deterministic", async () => {
    for (const format of EXPORT_FORMATS) {
      const again = new Uint8Array(await (await agreed.exportOf(format)).arrayBuffer());
      expect(sha256(again), format).toBe(sha256(fileOf(format)));
    }
  });

  it("answers 404 known:false for bytes Tavolo never exported", async () => {
    // The same Markdown with one more character at the end: a different file.
    const altered = Buffer.concat([fileOf("md"), Buffer.from(" ")]);
    const response = await postFile(altered);
    expect(response.status).toBe(404);
    expect((await response.json()) as UnknownVerification).toMatchObject({ known: false });
  });

  it("takes a file from any page and any content type: it reads no session, changes nothing", async () => {
    const response = await fetch(`${agreed.server.url}/api/verify`, {
      method: "POST",
      headers: { origin: "https://posta.example", "content-type": "text/plain" },
      body: Buffer.from(fileOf("html")),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ known: true, match: "file", format: "html" });
  });

  it("refuses an empty body with 400", async () => {
    expect((await postFile(new Uint8Array())).status).toBe(400);
  });
});

describe("GET /api/verify/<sha256>, without a session", () => {
  it("recognises a file by its SHA-256", async () => {
    const response = await getHash(sha256(fileOf("pdf")));
    expect(response.status).toBe(200);
    expectIdentified((await response.json()) as PublicVerification, "file");
  });

  it("recognises a version by its impronta", async () => {
    const response = await getHash(agreed.version.hash);
    expect(response.status).toBe(200);
    expectIdentified((await response.json()) as PublicVerification, "impronta");
  });

  it("names the testo concordato first when the same text was frozen again", async () => {
    const again = await freeze(agreed.workspace, agreed.room.id, { label: "Di nuovo" });
    expect(again.hash).toBe(agreed.version.hash);
    const body = (await (await getHash(again.hash)).json()) as PublicVerification;
    expect(body).toMatchObject({ version: { number: 1 }, testoConcordato: true, otherVersions: 1 });
  });

  it("answers 404 for an unknown hash and 400 for something that is not one", async () => {
    const unknown = await getHash("0".repeat(64));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ known: false });
    expect((await getHash("not-a-hash")).status).toBe(400);
  });

  it("reports a damaged version as not the testo concordato", async () => {
    await agreed.tamperText();
    const body = (await (await getHash(agreed.version.hash)).json()) as PublicVerification;
    expect(body).toMatchObject({ known: true, testoConcordato: false });
    expect(body.damage).toContain("canonical-mismatch");
  });
});

describe("every export", () => {
  const address = () => `${agreed.server.url}/verifica?h=${agreed.version.hash}`;

  it("carries the verification address in its text and its metadata", async () => {
    expect(new TextDecoder().decode(fileOf("md"))).toContain(address());
    expect(new TextDecoder().decode(fileOf("html"))).toContain(address());
    const docx = unzipSync(fileOf("docx"));
    const core = strFromU8(docx["docProps/core.xml"] ?? new Uint8Array());
    expect(core).toContain(address());
    expect(strFromU8(docx["docProps/custom.xml"] ?? new Uint8Array())).toContain(address());
    expect(strFromU8(docx["word/document.xml"] ?? new Uint8Array())).toContain(address());
    const odt = unzipSync(fileOf("odt"));
    expect(strFromU8(odt["meta.xml"] ?? new Uint8Array())).toContain(address());
    expect(strFromU8(odt["content.xml"] ?? new Uint8Array())).toContain(address());
    // The PDF's XMP packet is stored uncompressed.
    const pdf = Buffer.from(fileOf("pdf")).toString("latin1");
    expect(pdf).toMatch(new RegExp(`<pdf:Keywords>[^<]*${address().replace(/[?.]/g, "\\$&")}`));
  });
});
