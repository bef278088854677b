import { describe, expect, it } from "vitest";
import type { DocStore } from "./doc-store.ts";

/** A store whose storage can be made to fail part-way through writes, as a full disk does. */
export interface FaultyStore {
  store: DocStore;
  /** From now on every write stores at most a few bytes, then fails. */
  fill(): void;
  /** Writes succeed again (space was freed). */
  clear(): void;
}

/**
 * The behaviour every DocStore implementation must have. Each implementation's test file calls
 * this with factories that return a fresh, empty store, and one whose writes can be made to fail.
 */
export function docStoreContract(
  name: string,
  makeStore: () => Promise<DocStore>,
  makeFaultyStore: () => Promise<FaultyStore>,
): void {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  describe(`${name} (DocStore contract)`, () => {
    it("opens an unknown room as an empty log", async () => {
      const store = await makeStore();
      const doc = await store.open("fresh");
      expect(doc.initialUpdates).toEqual([]);
      expect(doc.updateCount).toBe(0);
      await doc.close();
    });

    it("returns appended updates in order after a reopen", async () => {
      const store = await makeStore();
      const doc = await store.open("room-a");
      await doc.append([bytes(1), bytes(2, 2)]);
      await doc.append([bytes(3)]);
      expect(doc.updateCount).toBe(3);
      await doc.close();
      const again = await store.open("room-a");
      expect(again.initialUpdates.map((u) => [...u])).toEqual([[1], [2, 2], [3]]);
      await again.close();
    });

    it("forgets the updates it was opened with once released", async () => {
      const store = await makeStore();
      const doc = await store.open("room-r");
      await doc.append([bytes(1)]);
      await doc.close();
      const again = await store.open("room-r");
      expect(again.initialUpdates).toHaveLength(1);
      again.releaseInitialUpdates();
      expect(again.initialUpdates).toHaveLength(0);
      expect(again.updateCount).toBe(1);
      await again.close();
    });

    it("replaces the log with one update and keeps appending after it", async () => {
      const store = await makeStore();
      const doc = await store.open("room-b");
      await doc.append([bytes(1), bytes(2), bytes(3)]);
      await doc.replace(bytes(9, 9));
      await doc.append([bytes(4)]);
      expect(doc.updateCount).toBe(2);
      await doc.close();
      const again = await store.open("room-b");
      expect(again.initialUpdates.map((u) => [...u])).toEqual([[9, 9], [4]]);
      await again.close();
    });

    it("keeps rooms apart and lists them", async () => {
      const store = await makeStore();
      const a = await store.open("one");
      const b = await store.open("two");
      await a.append([bytes(1)]);
      await b.append([bytes(2)]);
      await Promise.all([a.close(), b.close()]);
      expect((await store.list()).sort()).toEqual(["one", "two"]);
      const again = await store.open("two");
      expect(again.initialUpdates.map((u) => [...u])).toEqual([[2]]);
      await again.close();
    });

    it("keeps exactly the stored updates after a failed append, and appends after them", async () => {
      const { store, fill, clear } = await makeFaultyStore();
      const doc = await store.open("full");
      await doc.append([bytes(1), bytes(2, 2)]);
      fill();
      await expect(doc.append([bytes(3, 3, 3, 3, 3, 3), bytes(4)])).rejects.toThrow();
      expect(doc.updateCount).toBe(2);
      const whileFull = await store.open("full");
      expect(whileFull.initialUpdates.map((u) => [...u])).toEqual([[1], [2, 2]]);
      await whileFull.close();
      clear();
      await doc.append([bytes(5)]);
      expect(doc.updateCount).toBe(3);
      await doc.close();
      const again = await store.open("full");
      expect(again.initialUpdates.map((u) => [...u])).toEqual([[1], [2, 2], [5]]);
      await again.close();
    });

    it("keeps the old log intact and appendable after a failed replace", async () => {
      const { store, fill, clear } = await makeFaultyStore();
      const doc = await store.open("compact-full");
      await doc.append([bytes(1), bytes(2)]);
      fill();
      await expect(doc.replace(bytes(9, 9, 9, 9, 9, 9))).rejects.toThrow();
      expect(doc.updateCount).toBe(2);
      clear();
      await doc.append([bytes(3)]);
      await doc.close();
      const again = await store.open("compact-full");
      expect(again.initialUpdates.map((u) => [...u])).toEqual([[1], [2], [3]]);
      await again.close();
    });

    it("opens a new room once space is freed after a failure to start its log", async () => {
      const { store, fill, clear } = await makeFaultyStore();
      fill();
      await expect(store.open("new-while-full")).rejects.toThrow();
      clear();
      const doc = await store.open("new-while-full");
      expect(doc.initialUpdates).toEqual([]);
      await doc.append([bytes(7)]);
      await doc.close();
      const again = await store.open("new-while-full");
      expect(again.initialUpdates.map((u) => [...u])).toEqual([[7]]);
      await again.close();
    });

    it("refuses to write after close", async () => {
      const store = await makeStore();
      const doc = await store.open("closed");
      await doc.close();
      await expect(doc.append([bytes(1)])).rejects.toThrow();
    });
  });
}
