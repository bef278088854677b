import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  assignSection,
  DOCUMENT_CONTENT_FIELD,
  documentSections,
  readAllSectionMeta,
  readDocumentMeta,
  readSectionMeta,
  setSectionCharLimit,
  writeSectionMeta,
} from "./document-shape.ts";

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("document shape", () => {
  it("bind the editor to the fragment named content", () => {
    expect(DOCUMENT_CONTENT_FIELD).toBe("content");
  });

  it("read no meta from a document nobody initialised", () => {
    expect(readDocumentMeta(new Y.Doc())).toBeNull();
  });

  it("read a section nobody configured as unassigned and without limit", () => {
    expect(readSectionMeta(new Y.Doc(), "obiettivi")).toEqual({
      assignedOrganisationId: null,
      charLimit: null,
    });
  });

  it("keep an assignment and a limit changed at once by two people", () => {
    const a = new Y.Doc();
    writeSectionMeta(a, "obiettivi", { assignedOrganisationId: null, charLimit: 3000 });
    const b = new Y.Doc();
    exchange(a, b);
    assignSection(a, "obiettivi", "coop-meta");
    setSectionCharLimit(b, "obiettivi", 2500);
    exchange(a, b);
    expect(readSectionMeta(a, "obiettivi")).toEqual({
      assignedOrganisationId: "coop-meta",
      charLimit: 2500,
    });
    expect(readAllSectionMeta(b)).toEqual(readAllSectionMeta(a));
  });

  it("refuse a negative or fractional limit on write", () => {
    const doc = new Y.Doc();
    expect(() => setSectionCharLimit(doc, "obiettivi", -1)).toThrow();
    expect(() => setSectionCharLimit(doc, "obiettivi", 10.5)).toThrow();
  });

  it("read a malformed field written by a bad client as null, keeping the others", () => {
    const doc = new Y.Doc();
    writeSectionMeta(doc, "obiettivi", { assignedOrganisationId: "coop", charLimit: 3000 });
    const map = documentSections(doc).get("obiettivi");
    if (!(map instanceof Y.Map)) throw new Error("no section map");
    map.set("charLimit", "tremila");
    expect(readSectionMeta(doc, "obiettivi")).toEqual({
      assignedOrganisationId: "coop",
      charLimit: null,
    });
  });
});
