import type { ApprovalRound, DocumentVersion } from "@tavolo/shared";
import { type Data, emptyData, type SessionRecord, type StoredVersion } from "./data.ts";
import type { VersionTexts } from "./version-texts.ts";

/** Deletes the sessions that have expired; call inside `db.change`. Returns how many. */
export function dropExpiredSessions(data: Data, now: number): number {
  let dropped = 0;
  for (const [id, session] of Object.entries(data.sessions)) {
    if (Date.parse(session.expiresAt) > now) continue;
    delete data.sessions[id];
    dropped++;
  }
  return dropped;
}

function liveSessions(sessions: Record<string, SessionRecord>, now: number) {
  const live = Object.entries(sessions).filter(([, s]) => Date.parse(s.expiresAt) > now);
  return live.length === Object.keys(sessions).length ? sessions : Object.fromEntries(live);
}

/** How many texts are written at once while moving them out of an older metadata.json. */
const MIGRATION_CONCURRENCY = 16;

/**
 * Moves the canonical texts an older metadata.json held inline into their own files (each
 * written and verified before the record loses it). Returns the same object if none was inline.
 */
async function moveTextsOut(
  versions: Record<string, StoredVersion | DocumentVersion>,
  texts: VersionTexts,
): Promise<Record<string, StoredVersion>> {
  const inline = Object.values(versions).filter(
    (version): version is DocumentVersion => "canonical" in version,
  );
  if (inline.length === 0) return versions;
  for (let start = 0; start < inline.length; start += MIGRATION_CONCURRENCY) {
    const batch = inline.slice(start, start + MIGRATION_CONCURRENCY);
    await Promise.all(batch.map((version) => texts.write(version.id, version.canonical)));
  }
  const moved = Object.entries(versions).map(([id, version]) => {
    if (!("canonical" in version)) return [id, version] as const;
    const { canonical: _canonical, ...stored } = version;
    return [id, stored] as const;
  });
  return Object.fromEntries(moved);
}

/**
 * Answers recorded before approvals carried the impronta they were given for: each was checked
 * against its round's hash when given, so that hash is the one they are bound to. Returns the
 * same object if every answer already has one.
 */
function bindLegacyAnswers(rounds: Record<string, ApprovalRound>): Record<string, ApprovalRound> {
  const unbound = (round: ApprovalRound) =>
    round.responses.some((response) => typeof response.versionHash !== "string");
  if (!Object.values(rounds).some(unbound)) return rounds;
  const bound = Object.entries(rounds).map(([id, round]) => {
    if (!unbound(round)) return [id, round] as const;
    const responses = round.responses.map((r) => ({
      ...r,
      versionHash: r.versionHash ?? round.hash,
    }));
    return [id, { ...round, responses }] as const;
  });
  return Object.fromEntries(bound);
}

/**
 * The data as read from disk, brought up to date: missing collections added, version texts
 * moved out to their files, expired sessions dropped. `upgraded` says whether it differs from
 * what is on disk (then the caller writes a snapshot).
 */
export async function upgradeOnOpen(
  raw: Record<string, unknown>,
  texts: VersionTexts,
  now: number,
): Promise<{ data: Data; upgraded: boolean }> {
  const data = { ...emptyData(), ...raw, version: 2 } as Data;
  const versions = await moveTextsOut(data.versions, texts);
  const sessions = liveSessions(data.sessions, now);
  const approvalRounds = bindLegacyAnswers(data.approvalRounds);
  const upgraded =
    versions !== data.versions ||
    sessions !== data.sessions ||
    approvalRounds !== data.approvalRounds;
  return { data: { ...data, versions, sessions, approvalRounds }, upgraded };
}
