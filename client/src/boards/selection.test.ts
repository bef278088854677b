import { describe, expect, it } from "vitest";
import { SelectionStore } from "./selection.ts";

const ids = (store: SelectionStore) => [...store.current].sort();

describe("the board selection", () => {
  it("follows focus until notes are picked, then survives Tab", () => {
    const store = new SelectionStore();
    store.follow("a");
    expect(ids(store)).toEqual(["a"]);
    store.toggle("a");
    store.follow("b");
    expect(ids(store)).toEqual(["a"]);
    store.toggle("b");
    store.follow("c");
    expect(ids(store)).toEqual(["a", "b"]);
  });

  it("drops a picked note on a second Space, and follows focus again once empty", () => {
    const store = new SelectionStore();
    store.follow("a");
    store.toggle("a");
    store.toggle("a");
    expect(ids(store)).toEqual([]);
    store.follow("b");
    expect(ids(store)).toEqual(["b"]);
  });

  it("adds a Shift+clicked note to a note selected by a click", () => {
    const store = new SelectionStore();
    store.set(["a"]);
    store.toggle("b");
    expect(ids(store)).toEqual(["a", "b"]);
    expect(store.isPicked).toBe(true);
  });
});
