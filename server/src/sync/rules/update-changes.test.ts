import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { updateChanges } from "./update-changes.ts";

/** A server copy and a client synced with it; returns the client's next update. */
function setUp() {
  const server = new Y.Doc();
  const client = new Y.Doc();
  const note = new Y.Map<unknown>();
  client.getMap("notes").set("n1", note);
  note.set("text", "ciao");
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  const next = (edit: () => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    edit();
    return Y.encodeStateAsUpdate(client, before);
  };
  return { server, client, note, next };
}

describe("updateChanges", () => {
  it("resolves a field written on a stored record to its place, from the server's store", () => {
    const { server, note, next } = setUp();
    const result = updateChanges(
      server,
      next(() => note.set("text", "nuovo")),
    );
    const plain = result.ok && result.changes.map(({ item: _item, top: _top, ...rest }) => rest);
    expect(plain).toEqual([
      { op: "insert", container: ["notes", "n1"], key: "text", values: ["nuovo"], newType: null },
      { op: "delete", container: ["notes", "n1"], key: "text", values: ["ciao"], newType: null },
    ]);
  });

  it("resolves a deleted record, and skips what the server has deleted already", () => {
    const { server, client, next } = setUp();
    const update = next(() => client.getMap("notes").delete("n1"));
    const result = updateChanges(server, update);
    // Deleting a nested map deletes its fields with it.
    expect(result.ok && result.changes.map((c) => [c.op, c.container, c.key])).toEqual([
      ["delete", ["notes"], "n1"],
      ["delete", ["notes", "n1"], "text"],
    ]);
    Y.applyUpdate(server, update);
    expect(updateChanges(server, update)).toEqual({ ok: true, changes: [] });
  });

  it("refuses to guess about items the server does not have", () => {
    const { server, note, next } = setUp();
    next(() => note.set("text", "perso")); // never reaches the server
    const result = updateChanges(
      server,
      next(() => note.set("text", "dopo")),
    );
    expect(result.ok).toBe(false);
  });
});
