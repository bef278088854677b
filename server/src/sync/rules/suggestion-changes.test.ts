import { assignSection, DOCUMENT_NODE, type SuggestionAttrs } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentRoomRules } from "./document-room-rules.ts";
import type { RoomActor } from "./room-rules.ts";
import { updateChanges } from "./update-changes.ts";

const anna: RoomActor = {
  personId: "anna",
  displayName: "Anna",
  role: "redattore",
  organisationId: "lanterna",
};
const bruno: RoomActor = {
  personId: "bruno",
  displayName: "Bruno",
  role: "redattore",
  organisationId: "girasole",
};
const giulia: RoomActor = {
  personId: "giulia",
  displayName: "Giulia",
  role: "facilitatore",
  organisationId: null,
};

function by(actor: RoomActor, id: string): SuggestionAttrs {
  const { personId: authorId, displayName: authorName, organisationId } = actor;
  return { id, authorId, authorName, organisationId, createdAt: "2026-12-03T18:00:00.000Z" };
}

/** A server whose section "a" belongs to the Lanterna, holding "Testo di Anna." */
function setUp() {
  const server = new Y.Doc();
  const heading = new Y.XmlElement(DOCUMENT_NODE.sectionHeading);
  heading.setAttribute("sectionKey", "a");
  const paragraph = new Y.XmlElement(DOCUMENT_NODE.paragraph);
  paragraph.insert(0, [new Y.XmlText("Testo di Anna.")]);
  server.getXmlFragment("content").insert(0, [heading, paragraph]);
  assignSection(server, "a", "lanterna");
  const rules = documentRoomRules();
  /** What the server says of `actor`'s `edit` on the section's text; applied when accepted. */
  const attempt = (actor: RoomActor, edit: (text: Y.XmlText) => void) => {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const element = client.getXmlFragment("content").get(1);
    const text = element instanceof Y.XmlElement ? element.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error("no text");
    const before = Y.encodeStateVector(client);
    edit(text);
    const update = Y.encodeStateAsUpdate(client, before);
    const resolved = updateChanges(server, update);
    if (!resolved.ok) throw new Error(resolved.reason);
    const refusal = rules.check(server, resolved.changes, actor);
    if (!refusal) Y.applyUpdate(server, update);
    return refusal;
  };
  return { attempt };
}

describe("suggestions in an owned section", () => {
  it("let others suggest in their own name, and refuse them any other edit", () => {
    const { attempt } = setUp();
    expect(attempt(bruno, (t) => t.insert(0, "x"))).toBe("section-owned");
    expect(
      attempt(bruno, (t) => t.insert(0, "Forse. ", { insertion: by(bruno, "s1") })),
    ).toBeNull();
    expect(attempt(bruno, (t) => t.insert(3, "!", { insertion: by(bruno, "s1") }))).toBeNull();
    expect(attempt(bruno, (t) => t.insert(0, "A ", { insertion: by(anna, "s2") }))).toBe(
      "identity",
    );
    expect(attempt(bruno, (t) => t.format(8, 5, { deletion: by(bruno, "s3") }))).toBeNull();
    expect(attempt(bruno, (t) => t.format(8, 5, { insertion: by(bruno, "s4") }))).toBe(
      "section-owned",
    );
  });

  it("let their author withdraw them, and only the owner or a facilitator settle them", () => {
    const { attempt } = setUp();
    expect(
      attempt(bruno, (t) => t.insert(0, "Forse. ", { insertion: by(bruno, "s1") })),
    ).toBeNull();
    expect(attempt(bruno, (t) => t.format(0, 7, { insertion: null }))).toBe("section-owned");
    expect(attempt(bruno, (t) => t.delete(0, 7))).toBeNull();
    expect(attempt(bruno, (t) => t.insert(0, "Poi. ", { insertion: by(bruno, "s2") }))).toBeNull();
    expect(attempt(anna, (t) => t.format(0, 5, { insertion: null }))).toBeNull();
    expect(attempt(bruno, (t) => t.format(0, 4, { deletion: by(bruno, "s3") }))).toBeNull();
    expect(attempt(bruno, (t) => t.delete(0, 4))).toBe("section-owned");
    expect(attempt(giulia, (t) => t.delete(0, 4))).toBeNull();
  });
});

describe("suggestions written as y-prosemirror writes them", () => {
  it("accept text inserted first and formatted as the author's insertion in the same update", () => {
    const { attempt } = setUp();
    const asProseMirror = (actor: RoomActor, id: string) => (text: Y.XmlText) =>
      text.doc?.transact(() => {
        text.insert(0, "Nuovo. ");
        text.format(0, 7, { insertion: by(actor, id) });
      });
    expect(attempt(bruno, asProseMirror(bruno, "s1"))).toBeNull();
    expect(attempt(bruno, asProseMirror(anna, "s2"))).toBe("identity");
    expect(
      attempt(bruno, (text) =>
        text.doc?.transact(() => {
          text.insert(3, "x");
          text.format(0, 9, { insertion: by(bruno, "s3") });
        }),
      ),
    ).toBe("section-owned");
  });
});
