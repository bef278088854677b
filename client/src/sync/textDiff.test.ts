import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { diffText, type TextDelta, transformPosition } from "./textDiff.ts";

function apply(before: string, after: string, caret?: number): string {
  const change = diffText(before, after, caret);
  if (!change) return before;
  return (
    before.slice(0, change.index) + change.insert + before.slice(change.index + change.deleteCount)
  );
}

describe("diffText", () => {
  it("finds nothing when the text did not change", () => {
    expect(diffText("uguale", "uguale")).toBeNull();
  });

  it("describes typing, deleting and replacing a selection as one small change", () => {
    expect(diffText("ciao", "ciao!")).toEqual({ index: 4, deleteCount: 0, insert: "!" });
    expect(diffText("ciao mondo", "ciao")).toEqual({ index: 4, deleteCount: 6, insert: "" });
    expect(diffText("il tavolo verde", "il tavolo rosso")).toEqual({
      index: 10,
      deleteCount: 5,
      insert: "rosso",
    });
  });

  it("places an ambiguous insertion where the caret is", () => {
    expect(diffText("aa", "aaa", 1)).toEqual({ index: 0, deleteCount: 0, insert: "a" });
    expect(diffText("aa", "aaa", 3)).toEqual({ index: 2, deleteCount: 0, insert: "a" });
  });

  it("never splits an emoji", () => {
    const change = diffText("x😀y", "x😃y");
    expect(change).toEqual({ index: 1, deleteCount: 2, insert: "😃" });
  });

  it("always rebuilds the new text", () => {
    const samples = ["", "a", "aa", "abc", "abba", "co-progettazione", "😀😀", "a😀b"];
    for (const before of samples) {
      for (const after of samples) {
        for (let caret = 0; caret <= after.length; caret++) {
          expect(apply(before, after, caret)).toBe(after);
        }
      }
    }
  });
});

/** The delta Yjs reports for `change` applied to a Y.Text holding `initial`. */
function deltaOf(initial: string, change: (text: Y.Text) => void): TextDelta {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  text.insert(0, initial);
  let delta: TextDelta = [];
  text.observe((event) => {
    delta = event.delta;
  });
  change(text);
  return delta;
}

describe("transformPosition", () => {
  it("moves a caret right by text inserted before it, and not by text after it", () => {
    const delta = deltaOf("abcdef", (text) => text.insert(1, "XY"));
    expect(transformPosition(4, delta)).toBe(6);
    expect(transformPosition(1, delta)).toBe(1);
    expect(transformPosition(0, delta)).toBe(0);
  });

  it("moves a caret left by text deleted before it, clamping inside the deleted range", () => {
    const delta = deltaOf("abcdef", (text) => text.delete(1, 3));
    expect(transformPosition(5, delta)).toBe(2);
    expect(transformPosition(2, delta)).toBe(1);
    expect(transformPosition(1, delta)).toBe(1);
  });

  it("follows several changes made in one transaction", () => {
    const delta = deltaOf("0123456789", (text) => {
      text.doc?.transact(() => {
        text.insert(0, ">>");
        text.delete(5, 2);
        text.insert(10, "!");
      });
    });
    // ">>012" + "56789" with "!" inserted at 10 → ">>01256789!"... position 8 ("8") moves by +2 -2.
    expect(transformPosition(8, delta)).toBe(8);
    expect(transformPosition(2, delta)).toBe(4);
  });
});
