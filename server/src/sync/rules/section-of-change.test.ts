import { DOCUMENT_NODE } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ItemFinder, sectionsOfChange } from "./section-of-change.ts";
import { updateChanges } from "./update-changes.ts";

function heading(key: string): Y.XmlElement {
  const element = new Y.XmlElement(DOCUMENT_NODE.sectionHeading);
  element.setAttribute("sectionKey", key);
  element.insert(0, [new Y.XmlText(key.toUpperCase())]);
  return element;
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement(DOCUMENT_NODE.paragraph);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** A server with "intro" / A: "uno" / B: "due", and a client synced with it. */
function setUp() {
  const client = new Y.Doc();
  const content = client.getXmlFragment("content");
  content.insert(0, [
    paragraph("intro"),
    heading("a"),
    paragraph("uno"),
    heading("b"),
    paragraph("due"),
  ]);
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  const textOf = (index: number): Y.XmlText => {
    const element = content.get(index);
    const text = element instanceof Y.XmlElement ? element.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error("no text");
    return text;
  };
  /** The sections an update touches, resolved by the server (which does not apply it). */
  const sectionsOf = (update: Uint8Array): (string | null)[] => {
    const resolved = updateChanges(server, update);
    if (!resolved.ok) throw new Error(resolved.reason);
    const finder = new ItemFinder(server, resolved.changes);
    const keys = new Set(resolved.changes.flatMap((c) => sectionsOfChange(server, c, finder)));
    return [...keys].sort();
  };
  /** The sections the client's `edit` touches; then the server applies it. */
  const touched = (edit: () => void): (string | null)[] => {
    const before = Y.encodeStateVector(client);
    edit();
    const update = Y.encodeStateAsUpdate(client, before);
    const keys = sectionsOf(update);
    Y.applyUpdate(server, update);
    return keys;
  };
  return { client, content, server, textOf, sectionsOf, touched };
}

describe("sectionsOfChange", () => {
  it("puts text typed or deleted in a paragraph in that paragraph's section", () => {
    const { textOf, touched } = setUp();
    expect(touched(() => textOf(2).insert(3, " e mezzo"))).toEqual(["a"]);
    expect(touched(() => textOf(4).delete(0, 1))).toEqual(["b"]);
    expect(touched(() => textOf(0).insert(0, "!"))).toEqual([null]);
  });

  it("puts a new paragraph in the section it is inserted into, up to the next heading", () => {
    const { content, touched } = setUp();
    expect(touched(() => content.insert(3, [paragraph("fine di A")]))).toEqual(["a"]);
    expect(touched(() => content.insert(0, [paragraph("prima")]))).toEqual([null]);
    expect(touched(() => content.insert(content.length, [paragraph("ultimo")]))).toEqual(["b"]);
  });

  it("counts a heading as its own section's, and deleting it touches the section before", () => {
    const { content, textOf, touched } = setUp();
    expect(touched(() => textOf(3).insert(0, "x"))).toEqual(["b"]);
    expect(touched(() => content.delete(3, 1))).toEqual(["a", "b"]);
    // With B's heading gone, "due" is A's text: the cached boundaries follow.
    expect(touched(() => textOf(3).insert(0, "x"))).toEqual(["a"]);
  });

  it("says which section a new heading names, and where it is put", () => {
    const { content, touched } = setUp();
    expect(touched(() => content.insert(3, [heading("c")]))).toEqual(["a", "c"]);
  });

  it("sees every section between the client's neighbours, where a concurrent heading sits", () => {
    const { client, content, server, sectionsOf } = setUp();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(client));
    other.getXmlFragment("content").insert(3, [heading("c")]);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other)); // the client has not seen C yet
    const before = Y.encodeStateVector(client);
    content.insert(3, [paragraph("mio")]);
    expect(sectionsOf(Y.encodeStateAsUpdate(client, before))).toEqual(["a", "c"]);
  });

  it("has nothing to say about changes outside the text", () => {
    const { client, touched } = setUp();
    expect(touched(() => client.getMap("comments").set("c1", "x"))).toEqual([]);
  });
});
