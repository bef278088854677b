import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { Data } from "../db/data.ts";
import { impronta } from "../versions/hashing.ts";
import { roomFingerprint } from "./room-fingerprint.ts";
import type { StorageSide } from "./storage-sides.ts";

/** What a copy moved, each item checked on the target after the copy. */
export interface CopyReport {
  rooms: number;
  versions: number;
}

/** The state of every room, by name, read through a fresh store of `side`. */
async function roomHashes(side: StorageSide): Promise<Map<string, string>> {
  const docs = side.docs();
  const hashes = new Map<string, string>();
  for (const name of (await docs.list()).sort()) {
    const doc = await docs.open(name);
    hashes.set(name, roomFingerprint(doc.initialUpdates).hash);
    await doc.close();
  }
  return hashes;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * What identifies each frozen version's stored forms: its text's impronta, which must be the
 * version's hash, and its state's SHA-256. A version that does not verify stops the copy.
 */
async function versionHashes(side: StorageSide, data: Data): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const version of Object.values(data.versions)) {
    const [text, state] = await Promise.all([
      side.blobs.read(version.id, "text"),
      side.blobs.read(version.id, "state"),
    ]);
    if (text === null || state === null) {
      throw new Error(
        `version ${version.id}: ${text === null ? "text" : "state"} missing in ${side.name}`,
      );
    }
    const textHash = impronta(Buffer.from(text).toString("utf8"));
    if (textHash !== version.hash) {
      throw new Error(`version ${version.id}: its text in ${side.name} does not give its hash`);
    }
    hashes.set(version.id, `${textHash} ${sha256(state)}`);
  }
  return hashes;
}

function sameOrThrow<T>(what: string, before: Map<string, T>, after: Map<string, T>): void {
  for (const [key, value] of before) {
    if (!isDeepStrictEqual(after.get(key), value))
      throw new Error(`${what} ${key}: differs after the copy`);
  }
  const extra = [...after.keys()].filter((key) => !before.has(key));
  if (extra.length > 0) throw new Error(`${what}s not in the source: ${extra.join(", ")}`);
}

/**
 * Copies everything from `source` into the empty `target`: room logs (each as its state, one
 * update, as a compaction would), frozen versions' states and texts, the signing key (people
 * stay signed in), then the metadata last.
 * Before, every room's state and every version's hashes are taken from the source; after, they
 * are read again from the target through fresh stores and must be equal, as must the metadata.
 * Throws, naming what differs, otherwise: the target is then to be emptied and the copy redone.
 */
export async function copyData(source: StorageSide, target: StorageSide): Promise<CopyReport> {
  const present = await target.contents();
  if (present.length > 0) throw new Error(`${target.name} is not empty (${present.join(", ")})`);
  const data = await source.readMetadata();
  const rooms = await roomHashes(source);
  const versions = await versionHashes(source, data);

  const from = source.docs();
  const to = target.docs();
  for (const name of rooms.keys()) {
    const log = await from.open(name);
    const { state } = roomFingerprint(log.initialUpdates);
    await log.close();
    const copy = await to.open(name);
    await copy.append([state]);
    await copy.close();
  }
  for (const id of versions.keys()) {
    for (const kind of ["text", "state"] as const) {
      const bytes = await source.blobs.read(id, kind);
      if (bytes === null) throw new Error(`version ${id}: ${kind} vanished from ${source.name}`);
      await target.blobs.write(id, kind, bytes);
    }
  }
  const secret = await source.readSecret();
  if (secret !== null) await target.writeSecret(secret);
  await target.writeMetadata(data);

  sameOrThrow("room", rooms, await roomHashes(target));
  const copied = await target.readMetadata();
  sameOrThrow("version", versions, await versionHashes(target, copied));
  if (!isDeepStrictEqual(copied, data)) throw new Error("the metadata differs after the copy");
  if ((await target.readSecret()) !== secret)
    throw new Error("the signing key differs after the copy");
  return { rooms: rooms.size, versions: versions.size };
}
