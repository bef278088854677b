import type { VersionBlobs } from "../storage/version-blobs.ts";

/**
 * The Yjs state of each frozen version, beside its canonical text (db/version-texts.ts) and out
 * of the metadata. Each is written once, durable and checked, before the version is recorded,
 * and never rewritten.
 */
export class VersionStates {
  constructor(private readonly blobs: VersionBlobs) {}

  /** Resolves once the state is stored, read back and checked (never a short write). */
  write(versionId: string, state: Uint8Array): Promise<void> {
    return this.blobs.write(versionId, "state", state);
  }

  /** The stored state, or null if missing. */
  read(versionId: string): Promise<Uint8Array | null> {
    return this.blobs.read(versionId, "state");
  }
}
