import type {
  ApiClient,
  DocumentVersion,
  PublicVerification,
  VerificationReport,
  VersionDetail,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AGREED_LINE } from "../src/exports/cover-facts.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addPasskey } from "./helpers/passkeys.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { askChallenge, postAnswer, sign, signedAnswer } from "./helpers/signed-approval.ts";
import { SoftAuthenticator } from "./helpers/soft-authenticator.ts";
import { createProposal, freeze, INCOMPLETE_REASON } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let marco: { api: ApiClient; personId: string };
let luca: { api: ApiClient; personId: string };
let marcoKey: SoftAuthenticator;
let lucaKey: SoftAuthenticator;
let roomId: string;

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  const coop = await addOrganisation(workspace, "Cooperativa sociale Il Ponte");
  const aps = await addOrganisation(workspace, "APS Quartieri Vivi");
  marco = await invitePerson(workspace, "referente", "Marco Bianchi", coop.id);
  luca = await invitePerson(workspace, "referente", "Luca Gallo", aps.id);
  marcoKey = new SoftAuthenticator();
  lucaKey = new SoftAuthenticator();
  await addPasskey(marco.api, marcoKey);
  await addPasskey(luca.api, lucaKey);
  roomId = (await createProposal(workspace)).id;
});
afterEach(() => server.close());

const openRound = (label = "Testo per l'approvazione") =>
  freeze(workspace, roomId, { label, openApproval: true, reason: INCOMPLETE_REASON });
const approve = { decision: "approve" } as const;
const verification = () =>
  workspace.api.ok<VerificationReport>(
    "GET",
    `/api/procedures/${workspace.procedure.id}/versions/verify`,
  );
async function markdownOf(version: DocumentVersion): Promise<string> {
  const response = await fetch(`${server.url}/api/versions/${version.id}/export?format=md`, {
    headers: { cookie: workspace.api.cookieHeader },
  });
  return response.text();
}

describe("an approval signed with the approver's passkey", () => {
  it("is recorded with the assertion, the key and the person, and verifies everywhere", async () => {
    const version = await openRound();
    const answered = await signedAnswer(marco.api, server, marcoKey, version);
    expect(answered.status).toBe(200);
    const [response] = answered.body.round?.responses ?? [];
    expect(response?.signature).toMatchObject({
      method: "passkey",
      credentialId: marcoKey.credentialIds[0],
    });
    expect(server.db.data.passkeys[marcoKey.credentialIds[0] ?? ""]?.lastUsedAt).not.toBeNull();
    expect(answered.body.signatures).toEqual([
      expect.objectContaining({ personName: "Marco Bianchi", method: "passkey", status: "valid" }),
    ]);

    const report = await verification();
    expect(report.ok).toBe(true);
    expect(report.signatures[version.id]?.map((s) => s.status)).toEqual(["valid"]);
    const pub = await fetch(`${server.url}/api/verify/${version.hash}`);
    const described = (await pub.json()) as PublicVerification;
    expect(described.approvals).toEqual([
      expect.objectContaining({ method: "passkey", signature: "valid" }),
    ]);
    expect(await markdownOf(version)).toContain("confermata con passkey, firma valida");
  });

  it("binds a request for changes and its reason too", async () => {
    const version = await openRound();
    const body = {
      decision: "request_changes",
      reason: "Manca il budget del secondo anno",
    } as const;
    const challenge = await askChallenge(marco.api, version, body);
    expect(challenge.binding).toMatchObject({ versionHash: version.hash, ...body });
    const otherReason = { ...body, reason: "Un altro motivo, mai firmato" };
    const proof = sign(marcoKey, server, challenge);
    expect((await postAnswer(marco.api, version, otherReason, proof)).status).toBe(409);
    const answered = await postAnswer(marco.api, version, body, proof);
    expect(answered.status).toBe(200);
    expect(answered.body.signatures[0]?.status).toBe("valid");
  });

  it("is refused without a proof from a person who has a passkey", async () => {
    const version = await openRound();
    const refused = await postAnswer(marco.api, version, approve);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: expect.stringContaining("passkey") });
  });

  it("is refused when signed with another person's passkey", async () => {
    const version = await openRound();
    const challenge = await askChallenge(marco.api, version, approve);
    const anyKey = { ...challenge, options: { ...challenge.options, allowCredentials: [] } };
    const refused = await postAnswer(marco.api, version, approve, sign(lucaKey, server, anyKey));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: expect.stringContaining("not one of yours") });
  });

  it("is refused when the passkey signed another challenge", async () => {
    const version = await openRound();
    const challenge = await askChallenge(marco.api, version, approve);
    const forged = sign(marcoKey, server, challenge, { challenge: "A".repeat(43) });
    expect((await postAnswer(marco.api, version, approve, forged)).status).toBe(403);
  });

  it("refuses a challenge issued for another decision or another version", async () => {
    const first = await openRound("Prima versione");
    const forApproval = await askChallenge(marco.api, first, approve);
    const objection = { decision: "request_changes", reason: "Non siamo d'accordo" } as const;
    const proof = sign(marcoKey, server, forApproval);
    expect((await postAnswer(marco.api, first, objection, proof)).status).toBe(409);

    const second = await openRound("Seconda versione");
    const staleProof = sign(marcoKey, server, forApproval);
    const refused = await postAnswer(marco.api, second, approve, staleProof);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: expect.stringContaining("another version") });
  });

  it("uses a challenge once: the same proof sent again is refused", async () => {
    const version = await openRound();
    const challenge = await askChallenge(marco.api, version, approve);
    const proof = sign(marcoKey, server, challenge);
    expect((await postAnswer(marco.api, version, approve, proof)).status).toBe(200);
    const replay = await postAnswer(marco.api, version, approve, proof);
    expect(replay.status).toBe(409);
    expect(replay.body).toMatchObject({ error: expect.stringContaining("already used") });
  });

  it("is reported wrong once one byte of the stored signature changes", async () => {
    const version = await openRound();
    await signedAnswer(marco.api, server, marcoKey, version);
    await server.db.change((data) => {
      const round = Object.values(data.approvalRounds).find((r) => r.versionId === version.id);
      const signature = round?.responses[0]?.signature;
      if (signature?.method !== "passkey") throw new Error("no passkey signature stored");
      const bytes = Buffer.from(signature.signature, "base64url");
      bytes[10] = (bytes[10] ?? 0) ^ 0x01;
      signature.signature = bytes.toString("base64url");
    });
    const report = await verification();
    expect(report.ok).toBe(false);
    expect(report.signatures[version.id]?.map((s) => s.status)).toEqual(["invalid"]);
    expect(await markdownOf(version)).toContain("firma non valida");
  });

  it("is reported wrong when the version's recorded impronta changes", async () => {
    const version = await openRound();
    await signedAnswer(marco.api, server, marcoKey, version);
    await server.db.change((data) => {
      const stored = data.versions[version.id];
      if (stored)
        stored.hash = `${version.hash.slice(0, -1)}${version.hash.endsWith("0") ? "1" : "0"}`;
    });
    const report = await verification();
    expect(report.signatures[version.id]?.map((s) => s.status)).toEqual(["invalid"]);
  });
});

describe("the testo concordato, which needs every signature to hold", () => {
  const agreed = async (version: DocumentVersion) => {
    const detail = await workspace.api.ok<VersionDetail>("GET", `/api/versions/${version.id}`);
    const pub = await fetch(`${server.url}/api/verify/${version.hash}`);
    return [detail.agreed, ((await pub.json()) as PublicVerification).testoConcordato];
  };
  const flipSignatureByte = () =>
    server.db.change((data) => {
      for (const round of Object.values(data.approvalRounds)) {
        const signature = round.responses[0]?.signature;
        if (signature?.method !== "passkey") continue;
        const bytes = Buffer.from(signature.signature, "base64url");
        bytes[10] = (bytes[10] ?? 0) ^ 0x01;
        signature.signature = bytes.toString("base64url");
      }
    });

  it("is a version approved with valid signatures, and no longer one once a signature is wrong", async () => {
    const version = await openRound();
    await signedAnswer(marco.api, server, marcoKey, version);
    await signedAnswer(luca.api, server, lucaKey, version);
    expect(await agreed(version)).toEqual([true, true]);
    expect(await markdownOf(version)).toContain(AGREED_LINE);
    await flipSignatureByte();
    expect(await agreed(version)).toEqual([false, false]);
    expect(await markdownOf(version)).not.toContain(AGREED_LINE);
  });

  it("still counts an unsigned answer from before passkeys (reported as missing)", async () => {
    const version = await openRound();
    await server.db.change((data) => {
      for (const id of lucaKey.credentialIds) delete data.passkeys[id];
    });
    await signedAnswer(marco.api, server, marcoKey, version);
    expect((await postAnswer(luca.api, version, approve)).status).toBe(200);
    expect(await agreed(version)).toEqual([true, true]);
    const statuses = (await verification()).signatures[version.id]?.map((s) => s.status);
    expect(statuses).toEqual(["valid", "missing"]);
  });
});

describe("an answer from a person without a passkey (accounts from before passkeys)", () => {
  it("is recorded unsigned and reported as missing its signature", async () => {
    const version = await openRound();
    await server.db.change((data) => {
      for (const id of lucaKey.credentialIds) delete data.passkeys[id];
    });
    const challenge = await askChallenge(luca.api, version, approve);
    expect(challenge.options.allowCredentials).toEqual([]);
    expect((await postAnswer(luca.api, version, approve)).status).toBe(200);
    const report = await verification();
    expect(report.ok).toBe(true);
    expect(report.signatures[version.id]).toEqual([
      expect.objectContaining({ personName: "Luca Gallo", method: null, status: "missing" }),
    ]);
    expect(await markdownOf(version)).toContain("(firma mancante)");
  });
});

describe("an approval confirmed by re-authenticating at the entity's IdP (OIDC)", () => {
  const issuer = "https://idp.comune.example";
  const subject = "TINIT-GLLLCU80A01H501X";
  const acr = "https://www.spid.gov.it/SpidL2";

  /** Luca signs in only through OIDC; his re-authentication left a proof bound to `decision`. */
  async function reauthenticated(
    version: DocumentVersion,
    decision: "approve" | "request_changes",
  ) {
    const now = new Date();
    await server.db.change((data) => {
      for (const id of lucaKey.credentialIds) delete data.passkeys[id];
      data.oidcIdentities[`${issuer} ${subject}`] = {
        issuer,
        subject,
        personId: luca.personId,
        acr,
        email: null,
        linkedAt: now.toISOString(),
        lastUsedAt: now.toISOString(),
      };
      const organisationId = Object.values(data.approvalRounds)
        .find((r) => r.versionId === version.id)
        ?.organisations.find((o) => o.name === "APS Quartieri Vivi")?.id;
      data.oidcApprovalProofs.p1 = {
        id: "p1",
        personId: luca.personId,
        issuer,
        subject,
        acr,
        authTime: now.toISOString(),
        versionId: version.id,
        versionSha256: version.hash,
        organisationId: organisationId ?? "",
        decision,
        reason: null,
        expiresAt: new Date(now.getTime() + 60_000).toISOString(),
      };
    });
  }

  it("records the IdP, subject and acr, is used once, and verifies against the impronta", async () => {
    const version = await openRound();
    await reauthenticated(version, "approve");
    expect((await postAnswer(luca.api, version, approve)).status).toBe(403);
    const challenge = await askChallenge(luca.api, version, approve);
    const proof = { method: "oidc" as const, nonce: challenge.binding.nonce, proofId: "p1" };
    const answered = await postAnswer(luca.api, version, approve, proof);
    expect(answered.status).toBe(200);
    expect(answered.body.round?.responses[0]?.signature).toMatchObject({
      method: "oidc",
      issuer,
      subject,
      acr,
    });
    expect(answered.body.signatures[0]).toMatchObject({ method: "oidc", acr, status: "valid" });
    expect(await markdownOf(version)).toContain("SPID/CIE tramite OIDC");

    const again = await askChallenge(luca.api, version, approve);
    const replay = { ...proof, nonce: again.binding.nonce };
    expect((await postAnswer(luca.api, version, approve, replay)).status).toBe(403);
  });

  it("is refused when the re-authentication was for another decision", async () => {
    const version = await openRound();
    await reauthenticated(version, "request_changes");
    const challenge = await askChallenge(luca.api, version, approve);
    const proof = { method: "oidc" as const, nonce: challenge.binding.nonce, proofId: "p1" };
    const refused = await postAnswer(luca.api, version, approve, proof);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: expect.stringContaining("another version") });
  });
});
