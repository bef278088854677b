import { createHash } from "node:crypto";
import { canonicalDocumentFromYDoc } from "@tavolo/shared";
import * as Y from "yjs";

/** The impronta: SHA-256 of the canonical string's UTF-8 bytes, lower-case hex. */
export function impronta(canonical: string): string {
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** The canonical string rebuilt from a stored Yjs state; null if it cannot be rebuilt. */
export function canonicalOfState(state: Uint8Array): string | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const result = canonicalDocumentFromYDoc(doc);
    return result.ok ? result.canonical : null;
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}
