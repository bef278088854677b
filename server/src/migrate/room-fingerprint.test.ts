import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { roomFingerprint } from "./room-fingerprint.ts";

/** A log of updates: typing, then deleting part of it, from two clients. */
function log(): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on("update", (update: Uint8Array) => updates.push(update));
  a.getText("t").insert(0, "Tavolo di co-progettazione");
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.on("update", (update: Uint8Array) => updates.push(update)); // b's own edits only
  b.getText("t").delete(0, 7);
  a.getMap("m").set("fase", "istruttoria");
  return updates;
}

describe("roomFingerprint", () => {
  it("is the same for a log and its compacted state, and for the updates in another order", () => {
    const updates = log();
    const { hash, state } = roomFingerprint(updates);
    expect(roomFingerprint([state]).hash).toBe(hash);
    expect(roomFingerprint([Y.mergeUpdates(updates)]).hash).toBe(hash);
    expect(roomFingerprint([...updates].reverse()).hash).toBe(hash);
  });

  it("differs when an update is missing, even one that only deletes", () => {
    const updates = log();
    const { hash } = roomFingerprint(updates);
    for (let i = 0; i < updates.length; i++) {
      expect(roomFingerprint(updates.filter((_, j) => j !== i)).hash, `without ${i}`).not.toBe(
        hash,
      );
    }
  });
});
