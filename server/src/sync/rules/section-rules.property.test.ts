import { assignSection, DOCUMENT_NODE, type SuggestionAttrs } from "@tavolo/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentRoomRules } from "./document-room-rules.ts";
import type { RoomActor } from "./room-rules.ts";
import { updateChanges } from "./update-changes.ts";

/**
 * Random legal and illegal edits of raw Yjs clients in a section owned by Anna's organisation:
 * Anna writes directly, Bruno only suggests (and withdraws his own suggestions); writing
 * directly in Anna's section, deleting her text or signing a suggestion with Anna's name are
 * refused. A model of the text says what each edit should leave; after every edit the
 * server's text is the model's: no illegal edit in it, every legal one arrived.
 */
type Who = "anna" | "bruno";
const actors: Record<Who, RoomActor> = {
  anna: { personId: "anna", displayName: "Anna", role: "redattore", organisationId: "lanterna" },
  bruno: { personId: "bruno", displayName: "Bruno", role: "redattore", organisationId: "girasole" },
};

function by(who: Who): SuggestionAttrs {
  const { personId: authorId, displayName: authorName, organisationId } = actors[who];
  return { id: `s-${who}`, authorId, authorName, organisationId, createdAt: "2026-12-03T18:00Z" };
}

interface Letter {
  c: string;
  ins: string | null;
  del: string | null;
}

type Op =
  | { kind: "write"; actor: Who; at: number; text: string }
  | { kind: "suggest"; actor: Who; as: Who; at: number; text: string }
  | { kind: "delete"; actor: Who; at: number; length: number }
  | { kind: "mark"; actor: Who; as: Who; at: number; length: number };

const who = fc.constantFrom<Who>("anna", "bruno");
const text = fc.constantFrom("a", "b", "ab", "ba", "aab");
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), actor: who, at: fc.nat(40), text }),
  fc.record({ kind: fc.constant("suggest" as const), actor: who, as: who, at: fc.nat(40), text }),
  fc.record({
    kind: fc.constant("delete" as const),
    actor: who,
    at: fc.nat(40),
    length: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("mark" as const),
    actor: who,
    as: who,
    at: fc.nat(40),
    length: fc.integer({ min: 1, max: 3 }),
  }),
);

function setUp() {
  const server = new Y.Doc();
  const heading = new Y.XmlElement(DOCUMENT_NODE.sectionHeading);
  heading.setAttribute("sectionKey", "a");
  const paragraph = new Y.XmlElement(DOCUMENT_NODE.paragraph);
  paragraph.insert(0, [new Y.XmlText("abba")]);
  server.getXmlFragment("content").insert(0, [heading, paragraph]);
  assignSection(server, "a", "lanterna");
  return server;
}

function textOf(doc: Y.Doc): Y.XmlText {
  const element = doc.getXmlFragment("content").get(1);
  const found = element instanceof Y.XmlElement ? element.get(0) : null;
  if (!(found instanceof Y.XmlText)) throw new Error("no text");
  return found;
}

function read(doc: Y.Doc): Letter[] {
  const author = (value: unknown) =>
    value && typeof value === "object" && "authorId" in value ? String(value.authorId) : null;
  return (
    textOf(doc).toDelta() as { insert: string; attributes?: Record<string, unknown> }[]
  ).flatMap(({ insert, attributes }) =>
    [...insert].map((c) => ({
      c,
      ins: author(attributes?.insertion),
      del: author(attributes?.deletion),
    })),
  );
}

/** What `next` should do to `model`: the letters after it, or "illegal" (or "skip"). */
function expected(model: Letter[], next: Op): Letter[] | "illegal" | "skip" {
  const owner = next.actor === "anna";
  const at = next.at % (model.length + 1);
  if (next.kind === "write") {
    if (!owner) return "illegal";
    return [
      ...model.slice(0, at),
      ...[...next.text].map((c) => ({ c, ins: null, del: null })),
      ...model.slice(at),
    ];
  }
  if (next.kind === "suggest") {
    // The owner writes her section directly: where Yjs writes no mark of the other's (beside
    // a run of theirs) that is her direct writing, so only the other's forgeries are judged.
    if (next.as !== next.actor) return owner ? "skip" : "illegal";
    // Inside another's deletion the mark ends for the new letters: that settles their work.
    const left = model[at - 1]?.del ?? null;
    if (!owner && left !== null && left !== next.actor) return "skip";
    const letters = [...next.text].map((c) => ({ c, ins: next.actor, del: null }));
    return [...model.slice(0, at), ...letters, ...model.slice(at)];
  }
  const end = Math.min(at + next.length, model.length);
  if (end <= at) return "skip";
  const range = model.slice(at, end);
  if (next.kind === "delete") {
    if (!owner && !range.every((letter) => letter.ins === next.actor)) return "illegal";
    // Withdrawing one's text that the owner marked for deletion takes her mark too: not judged.
    if (!owner && range.some((letter) => letter.del !== null)) return "skip";
    return [...model.slice(0, at), ...model.slice(end)];
  }
  if (range.some((letter) => letter.del !== null)) return "skip";
  if (next.as !== next.actor) return owner ? "skip" : "illegal";
  return model.map((letter, index) =>
    index >= at && index < end ? { ...letter, del: next.actor } : letter,
  );
}

function edit(text: Y.XmlText, next: Op, at: number): void {
  if (next.kind === "write") text.insert(at, next.text, { insertion: null, deletion: null });
  if (next.kind === "suggest") {
    text.insert(at, next.text, { insertion: by(next.as), deletion: null });
  }
  // Formatting past the end would add a newline (Yjs' Quill heritage): the model clips too.
  const length = Math.min(
    next.kind === "delete" || next.kind === "mark" ? next.length : 0,
    text.length - at,
  );
  if (next.kind === "delete") text.delete(at, length);
  if (next.kind === "mark") text.format(at, length, { deletion: by(next.as) });
}

describe("section rules under random edits", () => {
  it("store every legal edit and no illegal one", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        const server = setUp();
        const rules = documentRoomRules();
        let model = read(server);
        for (const next of ops) {
          const outcome = expected(model, next);
          if (outcome === "skip") continue;
          const client = new Y.Doc();
          Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
          const before = Y.encodeStateVector(client);
          edit(textOf(client), next, next.at % (model.length + 1));
          const update = Y.encodeStateAsUpdate(client, before);
          const resolved = updateChanges(server, update);
          if (!resolved.ok) throw new Error(resolved.reason);
          const refusal = rules.check(server, resolved.changes, actors[next.actor], update);
          expect(
            refusal === null,
            `${JSON.stringify(next)} ${refusal} ${JSON.stringify(model)}`,
          ).toBe(outcome !== "illegal");
          if (refusal === null) Y.applyUpdate(server, update);
          if (outcome !== "illegal") model = outcome;
          expect(read(server)).toEqual(model);
        }
      }),
      { numRuns: 150 },
    );
  });
});
