import {
  assignSection,
  documentContent,
  documentSchema,
  getProposalTemplate,
  initialiseDocument,
  type SectionStatus,
  SUGGESTION_MARK,
  suggestionKindOf,
} from "@tavolo/shared";
import { Fragment, type Mark, type Node as PMNode, Slice } from "@tiptap/pm/model";
import { initProseMirrorDoc, updateYFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentRoomRules } from "./document-room-rules.ts";
import type { RoomActor } from "./room-rules.ts";
import { updateChanges } from "./update-changes.ts";

/**
 * Suggestions as the editor binding (y-tiptap, the editor's y-prosemirror) writes them: each
 * edit is made on the ProseMirror document and written into Yjs by `updateYFragment`, the
 * binding's own diff, so the server sees exactly what a browser sends.
 */
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

/** A server whose first section belongs to the Lanterna, in the status `status()` says. */
function setUp(status: () => SectionStatus = () => "in-scrittura") {
  const server = new Y.Doc();
  const template = getProposalTemplate("proposta-art55");
  initialiseDocument(server, template);
  assignSection(server, template.sections[0]?.key ?? "", "lanterna");
  const rules = documentRoomRules(status);

  /** An editor of `actor`'s, opened on the server's document; each edit is sent and checked. */
  const editor = (actor: RoomActor) => {
    let doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    let { doc: pm, meta } = initProseMirrorDoc(documentContent(doc), documentSchema());
    const send = (next: PMNode) => {
      const before = Y.encodeStateVector(doc);
      doc.transact(() => updateYFragment(doc, documentContent(doc), next, meta));
      const update = Y.encodeStateAsUpdate(doc, before);
      const resolved = updateChanges(server, update);
      if (!resolved.ok) throw new Error(resolved.reason);
      const refusal = rules.check(server, resolved.changes, actor, update);
      if (refusal) {
        // Refused: the editor starts again from the server's document, as the app does.
        doc = new Y.Doc();
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
        ({ doc: pm, meta } = initProseMirrorDoc(documentContent(doc), documentSchema()));
        return refusal;
      }
      Y.applyUpdate(server, update);
      pm = next;
      return null;
    };
    const at = (needle: string) => {
      let found = -1;
      pm.descendants((node, pos) => {
        const index = node.isText ? (node.text ?? "").indexOf(needle) : -1;
        if (found === -1 && index !== -1) found = pos + index;
      });
      if (found === -1) throw new Error(`"${needle}" not found`);
      return found;
    };
    const insert = (pos: number, text: string, marks: readonly Mark[]) =>
      send(
        pm.replace(pos, pos, new Slice(Fragment.from(documentSchema().text(text, marks)), 0, 0)),
      );
    const insertion = documentSchema().marks[SUGGESTION_MARK.insertion];
    if (!insertion) throw new Error("no insertion mark");
    return {
      at,
      /** Types `text` as suggestion mode does (client/src/documents/suggestions). */
      suggest(pos: number, text: string) {
        const $pos = pm.resolve(pos);
        const kept = $pos.marks().filter((mark) => suggestionKindOf(mark.type.name) === null);
        const previous = $pos.nodeBefore?.marks.find(
          (mark) => mark.type === insertion && mark.attrs.authorId === actor.personId,
        );
        const attrs = previous?.attrs ?? {
          id: `s${pos}`,
          authorId: actor.personId,
          authorName: actor.displayName,
          organisationId: actor.organisationId,
          createdAt: "2026-12-03T18:00:00.000Z",
        };
        let refusal = null;
        for (const [offset, letter] of [...text].entries()) {
          refusal ??= insert(pos + offset, letter, [...kept, insertion.create(attrs)]);
        }
        return refusal;
      },
      write: (pos: number, text: string) => insert(pos, text, pm.resolve(pos).marks()),
      remove: (from: number, to: number) => send(pm.replace(from, to, Slice.empty)),
      get start() {
        return (pm.firstChild?.nodeSize ?? 0) + 1;
      },
    };
  };

  /** The first section's paragraph on the server, with Bruno's insertions in brackets. */
  const serverText = () => {
    const paragraph = documentContent(server).get(1);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error("no text");
    return (text.toDelta() as { insert: string; attributes?: Record<string, unknown> }[])
      .map(({ insert, attributes }) => (attributes?.insertion ? `[${insert}]` : insert))
      .join("");
  };
  return { editor, serverText };
}

describe("suggestions typed through the editor binding", () => {
  it("reach the server wherever they are typed, a letter before the same letter too", () => {
    const { editor, serverText } = setUp();
    const writer = editor(anna);
    expect(writer.write(writer.start, "Nel quartiere.")).toBeNull();
    const guest = editor(bruno);
    expect(guest.suggest(guest.at("Nel"), "Nuovo. ")).toBeNull();
    expect(serverText()).toBe("[Nuovo. ]Nel quartiere.");
    expect(guest.suggest(guest.at("quartiere"), "qui ")).toBeNull();
    expect(guest.suggest(guest.at("e."), "!")).toBeNull();
    expect(guest.suggest(guest.at("e.") + 2, " Fine.")).toBeNull();
    expect(serverText()).toBe("[Nuovo. ]Nel [qui ]quartier[!]e.[ Fine.]");
  });

  it("let their author withdraw a letter before the same letter, and nothing else of others'", () => {
    const { editor, serverText } = setUp();
    const writer = editor(anna);
    expect(writer.write(writer.start, "Nel quartiere.")).toBeNull();
    const guest = editor(bruno);
    expect(guest.suggest(guest.at("Nel"), "N")).toBeNull();
    expect(serverText()).toBe("[N]Nel quartiere.");
    expect(guest.remove(guest.start, guest.start + 1)).toBeNull();
    expect(serverText()).toBe("Nel quartiere.");
    expect(guest.write(guest.at("Nel"), "N")).toBe("section-owned");
    expect(guest.remove(guest.at("Nel"), guest.at("Nel") + 1)).toBe("section-owned");
    expect(serverText()).toBe("Nel quartiere.");
  });

  it("are all a closed section takes, from its owner too", () => {
    let status: SectionStatus = "in-scrittura";
    const { editor, serverText } = setUp(() => status);
    const writer = editor(anna);
    expect(writer.write(writer.start, "Nel quartiere.")).toBeNull();
    status = "chiusa";
    expect(writer.write(writer.at("."), "!")).toBe("section-closed");
    expect(writer.suggest(writer.at(".") + 1, " Fonte: Istat.")).toBeNull();
    expect(writer.suggest(writer.at("quartiere"), "q")).toBeNull();
    expect(serverText()).toBe("Nel [q]quartiere.[ Fonte: Istat.]");
  });
});
