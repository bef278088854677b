import { createHash } from "node:crypto";
import * as Y from "yjs";

/**
 * A room's state as a short hash, equal for two logs exactly when they hold the same document:
 * the SHA-256 of its Yjs snapshot (state vector and delete set). Every item is named by its
 * (client, clock) and never changes, so the same items and the same deletions are the same
 * document, however the log was split or merged. Also gives the state as one update.
 */
export function roomFingerprint(updates: readonly Uint8Array[]): {
  hash: string;
  state: Uint8Array;
} {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    const hash = createHash("sha256")
      .update(Y.encodeSnapshot(Y.snapshot(doc)))
      .digest("hex");
    return { hash, state: Y.encodeStateAsUpdate(doc) };
  } finally {
    doc.destroy();
  }
}
