import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { impronta } from "../versions/hashing.ts";
import { Database } from "./database.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-housekeeping-"));
const DAY = 86_400_000;

function session(id: string, expiresAt: number) {
  return { id, personId: "p", createdAt: "2026-01-01T00:00:00.000Z", expiresAt: iso(expiresAt) };
}
const iso = (time: number) => new Date(time).toISOString();

describe("metadata housekeeping on open", () => {
  it("drops expired sessions on open and on purge, and keeps the others", async () => {
    const dir = await tempDir();
    const now = Date.now();
    const sessions = { old: session("old", now - DAY), live: session("live", now + DAY) };
    await writeFile(path.join(dir, "metadata.json"), JSON.stringify({ version: 2, sessions }));
    const db = await Database.open(dir);
    expect(Object.keys(db.data.sessions)).toEqual(["live"]);
    await db.close();
    // What was dropped stays dropped: the open wrote a snapshot without it.
    expect(await readFile(path.join(dir, "metadata.json"), "utf8")).not.toContain('"old"');
    const again = await Database.open(dir);
    await again.change((data) => {
      data.sessions.soon = session("soon", now + 1);
    });
    expect(await again.purgeExpiredSessions(now + 2)).toBe(1);
    expect(Object.keys(again.data.sessions)).toEqual(["live"]);
    await again.close();
  });

  it("moves version texts held inline by an older metadata.json into verified files", async () => {
    const dir = await tempDir();
    const canonical = JSON.stringify({ content: { type: "doc", text: "Testo concordato" } });
    const version = {
      id: "v1",
      procedureId: "p",
      roomId: "r",
      number: 1,
      label: "Uno",
      authorId: "a",
      authorName: "Anna",
      createdAt: "2026-12-01T10:00:00.000Z",
      canonical,
      hash: impronta(canonical),
      previousHash: null,
      stateBytes: 10,
      organisations: [],
    };
    const legacy = JSON.stringify({ version: 2, versions: { v1: version } });
    await writeFile(path.join(dir, "metadata.json"), legacy);

    const db = await Database.open(dir);
    expect(db.data.versions.v1).not.toHaveProperty("canonical");
    expect(db.data.versions.v1?.hash).toBe(version.hash);
    expect(await db.versionTexts.read(version)).toBe(canonical);
    expect(await readFile(path.join(dir, "metadata.json"), "utf8")).not.toContain("concordato");
    await db.close();
    const again = await Database.open(dir);
    expect(await again.versionTexts.read(version)).toBe(canonical);
    await again.close();
  });

  it("binds answers recorded before approvals carried their impronta to their round's hash", async () => {
    const dir = await tempDir();
    const hash = "a".repeat(64);
    const answer = { organisationId: "o", personId: "p", personName: "P", decision: "approve" };
    const round = { id: "r1", versionId: "v1", hash, responses: [{ ...answer, at: iso(0) }] };
    const approvalRounds = { r1: round };
    await writeFile(
      path.join(dir, "metadata.json"),
      JSON.stringify({ version: 2, approvalRounds }),
    );
    const db = await Database.open(dir);
    expect(db.data.approvalRounds.r1?.responses[0]?.versionHash).toBe(hash);
    await db.close();
  });
});
