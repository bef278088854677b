import {
  type ApprovalRound,
  type ChainEntry,
  type ChainProblem,
  checkChainEntry,
  tallyRound,
} from "@tavolo/shared";
import type { Data, Database, PersonRecord, StoredVersion } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { recordAudit } from "../procedures/audit.ts";
import { signaturesHold } from "./approval-signature.ts";
import { roundOf } from "./approvals.ts";
import { currentFileHashes, type FileHashes, readFileHashes } from "./stored-hashes.ts";
import type { VersionStates } from "./version-states.ts";

/** The impronte a version's approval records were given for: its rounds' and each answer's. */
export function approvalHashes(data: Readonly<Data>, versionId: string): string[] {
  return Object.values(data.approvalRounds)
    .filter((round) => round.versionId === versionId)
    .flatMap((round) => [round.hash, ...round.responses.map((r) => r.versionHash)]);
}

/** The version before this one of the same document, if it exists. */
function previousOf(data: Readonly<Data>, version: StoredVersion): StoredVersion | undefined {
  return Object.values(data.versions).find(
    (v) => v.roomId === version.roomId && v.number === version.number - 1,
  );
}

/** A version as stored now: its text and Yjs state read from disk, every hash recomputed. */
export interface StoredCheck {
  entry: ChainEntry;
  /** The text file as read (null if missing): what an export prints when it verifies. */
  text: string | null;
}

function chainEntryOf(
  data: Readonly<Data>,
  version: StoredVersion,
  hashes: FileHashes,
): ChainEntry {
  return {
    id: version.id,
    roomId: version.roomId,
    number: version.number,
    hash: version.hash,
    previousHash: version.previousHash,
    hashOfCanonical: hashes.hashOfCanonical,
    hashOfState: hashes.hashOfState,
    approvalHashes: approvalHashes(data, version.id),
  };
}

export async function readStoredCheck(
  db: Database,
  states: VersionStates,
  version: StoredVersion,
): Promise<StoredCheck> {
  const { text, ...hashes } = await readFileHashes(db, states, version);
  return { entry: chainEntryOf(db.data, version, hashes), text };
}

/** What is wrong with the version as stored (text, state, link, approvals); [] if nothing. */
export async function damageOf(
  db: Database,
  states: VersionStates,
  version: StoredVersion,
): Promise<ChainProblem[]> {
  const hashes = await currentFileHashes(db, states, version);
  return checkChainEntry(chainEntryOf(db.data, version, hashes), previousOf(db.data, version))
    .problems;
}

/** Damage records on their way to disk, per store (see auditDamage). */
const damagesBeingRecorded = new WeakMap<Database, Set<string>>();

/** Who records a damage found by someone without a session (the public verification). */
export const SYSTEM_ACTOR: PersonRecord = {
  id: "tavolo",
  displayName: "Tavolo",
  createdAt: "1970-01-01T00:00:00.000Z",
};

/**
 * Audits `version.damaged` once per version and set of problems: a damaged version asked for
 * again and again does not flood the trail. Looked up in the durable trail (drafting the whole
 * trail would cost a copy of it) and, in the same synchronous step, among the records still
 * being written, so two requests at once record it once.
 */
export async function auditDamage(
  db: Database,
  version: StoredVersion,
  problems: readonly ChainProblem[],
  actor: PersonRecord,
): Promise<void> {
  const reason = problems.join(",");
  const key = `${version.id}|${reason}`;
  const writing = damagesBeingRecorded.get(db) ?? new Set<string>();
  damagesBeingRecorded.set(db, writing);
  const known =
    writing.has(key) ||
    db.data.audit.some(
      (event) =>
        event.action === "version.damaged" &&
        event.details.versionId === version.id &&
        event.details.reason === reason,
    );
  if (known) return;
  writing.add(key);
  try {
    await db.change((data) => {
      recordAudit(data, version.procedureId, actor, "version.damaged", {
        versionId: version.id,
        number: version.number,
        hash: version.hash,
        reason,
      });
    });
  } finally {
    writing.delete(key);
  }
}

/**
 * The version's text exactly as stored, only if the whole stored state verifies: text, Yjs
 * state, link to the previous version and approvals all give the version's hash. Otherwise the
 * damage is audited and the request answered 409 `{ error, reason }`.
 */
export async function verifiedText(
  db: Database,
  states: VersionStates,
  version: StoredVersion,
  actor: PersonRecord,
): Promise<string> {
  const { entry, text } = await readStoredCheck(db, states, version);
  const problems = checkChainEntry(entry, previousOf(db.data, version)).problems;
  if (problems.length === 0 && text !== null) return text;
  await auditDamage(db, version, problems, actor);
  throw new ApiError(
    409,
    `version ${version.number} is damaged: its stored state does not verify`,
    {
      reason: problems.join(","),
      problems,
    },
  );
}

/** The approvals of this version given for its own impronta (the only ones that count). */
export function boundApprovals(round: ApprovalRound | null, hash: string) {
  if (!round) return [];
  const approved = new Set(tallyRound(round, hash).approved);
  return round.responses.filter((r) => approved.has(r.organisationId) && r.versionHash === hash);
}

/**
 * Whether the version is the procedure's testo concordato: agreed on, undamaged, and no answer
 * with a signature that fails against its impronta. An answer from before approvals were signed
 * ("firma mancante") still counts, and verification shows it unsigned; a wrong signature never.
 */
export function isTestoConcordato(
  data: Readonly<Data>,
  version: StoredVersion,
  damage: readonly ChainProblem[],
): boolean {
  if (damage.length > 0) return false;
  if (data.procedures[version.procedureId]?.agreedVersionId !== version.id) return false;
  const round = roundOf(data, version.id);
  return (
    round !== null &&
    round.status === "agreed" &&
    boundApprovals(round, version.hash).length === round.organisations.length &&
    signaturesHold(data, version)
  );
}

/**
 * Whether the procedure has a testo concordato that still verifies (the phase gate asks this
 * before its change: an agreed version never becomes un-agreed, so a later change only errs safe).
 */
export async function agreedVersionVerifies(db: Database, procedureId: string): Promise<boolean> {
  const agreedId = db.data.procedures[procedureId]?.agreedVersionId;
  const version = agreedId ? db.data.versions[agreedId] : undefined;
  if (!version) return false;
  const damage = await damageOf(db, db.versionStates, version);
  return isTestoConcordato(db.data, version, damage);
}
