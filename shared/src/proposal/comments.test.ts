import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { canonicalDocumentFromYDoc } from "./canonical-ydoc.ts";
import {
  type CommentPerson,
  createThread,
  isResolved,
  mentionsPerson,
  readThreads,
  reopenThread,
  replyToThread,
  resolveThread,
  threadsBySection,
} from "./comments.ts";
import { documentComments } from "./document-shape.ts";
import { initialiseDocument } from "./initial-doc.ts";
import { getProposalTemplate } from "./templates/registry.ts";

const anna: CommentPerson = { personId: "p-anna", name: "Anna Ferri", organisationId: null };
const luca: CommentPerson = { personId: "p-luca", name: "Luca Neri", organisationId: "coop" };
const ANCHOR = { start: new Uint8Array([1, 2]), end: new Uint8Array([3, 4]) };
const T0 = Date.UTC(2026, 10, 23, 9, 0);

function newProposal(): Y.Doc {
  const doc = new Y.Doc();
  initialiseDocument(doc, getProposalTemplate("proposta-art55"));
  return doc;
}

function openThread(doc: Y.Doc, id = "t1", sectionKey: string | null = "obiettivi"): string {
  return createThread(
    doc,
    {
      anchor: ANCHOR,
      quote: "obiettivi generali",
      sectionKey,
      author: anna,
      body: "Serve un indicatore, @Luca Neri?",
      mentions: [{ personId: luca.personId, name: luca.name }],
    },
    { newId: () => id, now: T0 },
  );
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe("comment threads", () => {
  it("reads back a new thread with its anchor, quote, author and mention", () => {
    const doc = newProposal();
    openThread(doc);
    const [thread] = readThreads(doc);
    expect(thread).toMatchObject({
      id: "t1",
      quote: "obiettivi generali",
      sectionKey: "obiettivi",
      author: anna,
      createdAt: new Date(T0).toISOString(),
      resolution: null,
      replies: [],
    });
    expect(thread?.anchor.start).toEqual(new Uint8Array([1, 2]));
    expect(thread && mentionsPerson(thread, luca.personId)).toBe(true);
    expect(thread && mentionsPerson(thread, anna.personId)).toBe(false);
  });

  it("keeps replies made at once in two replicas, and a resolve made meanwhile", () => {
    const first = newProposal();
    openThread(first);
    const second = new Y.Doc();
    sync(first, second);
    replyToThread(
      first,
      "t1",
      { author: anna, body: "Prima", mentions: [] },
      { newId: () => "r1", now: T0 + 1 },
    );
    replyToThread(
      second,
      "t1",
      { author: luca, body: "Seconda", mentions: [] },
      { newId: () => "r2", now: T0 + 2 },
    );
    resolveThread(second, "t1", luca, { now: T0 + 3 });
    sync(first, second);
    sync(second, first);
    const [a] = readThreads(first);
    const [b] = readThreads(second);
    expect(a?.replies.map((reply) => reply.id).sort()).toEqual(["r1", "r2"]);
    expect(b?.replies).toEqual(a?.replies);
    expect(a && isResolved(a)).toBe(true);
    expect(a?.resolution?.by).toEqual(luca);
  });

  it("resolves and reopens, remembering who did it last", () => {
    const doc = newProposal();
    openThread(doc);
    resolveThread(doc, "t1", luca, { now: T0 + 10 });
    reopenThread(doc, "t1", anna, { now: T0 + 20 });
    const [thread] = readThreads(doc);
    expect(thread && isResolved(thread)).toBe(false);
    expect(thread?.resolution).toEqual({
      resolved: false,
      by: anna,
      at: new Date(T0 + 20).toISOString(),
    });
    expect(() => resolveThread(doc, "missing", luca)).toThrow(/no comment thread/);
  });

  it("refuses an empty comment or reply", () => {
    const doc = newProposal();
    openThread(doc);
    expect(() => replyToThread(doc, "t1", { author: luca, body: "   ", mentions: [] })).toThrow();
    expect(readThreads(doc)[0]?.replies).toEqual([]);
  });

  it("ignores malformed entries and malformed replies without hiding good ones", () => {
    const doc = newProposal();
    openThread(doc, "good");
    replyToThread(doc, "good", { author: luca, body: "Ok", mentions: [] }, { newId: () => "r1" });
    const comments = documentComments(doc);
    comments.set("not-a-map", "hello");
    comments.set(
      "no-author",
      new Y.Map<unknown>([
        ["body", "?"],
        ["quote", "x"],
      ]),
    );
    const good = comments.get("good");
    const replies = good instanceof Y.Map ? good.get("replies") : null;
    if (!(replies instanceof Y.Array)) throw new Error("expected replies");
    replies.push([{ id: "bad", body: 42 }]);
    const threads = readThreads(doc);
    expect(threads.map((thread) => thread.id)).toEqual(["good"]);
    expect(threads[0]?.replies.map((reply) => reply.id)).toEqual(["r1"]);
  });

  it("groups threads by section in the template's order", () => {
    const doc = newProposal();
    openThread(doc, "b", "obiettivi");
    openThread(doc, "a", "analisi_contesto");
    openThread(doc, "c", null);
    const groups = threadsBySection(readThreads(doc), ["analisi_contesto", "obiettivi"]);
    expect(groups.map((group) => group.sectionKey)).toEqual([
      null,
      "analisi_contesto",
      "obiettivi",
    ]);
  });
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

describe("comments and the frozen text", () => {
  it("leave the canonical content and its hash unchanged", async () => {
    const doc = newProposal();
    const before = canonicalDocumentFromYDoc(doc);
    openThread(doc);
    replyToThread(doc, "t1", { author: luca, body: "Fatto", mentions: [] });
    resolveThread(doc, "t1", luca);
    const after = canonicalDocumentFromYDoc(doc);
    if (!before.ok || !after.ok) throw new Error("document should be canonical");
    expect(after.canonical).toBe(before.canonical);
    expect(await sha256(after.canonical)).toBe(await sha256(before.canonical));
  });
});
