import {
  CANONICAL_FORMAT,
  type CanonicalDocument,
  canonicalString,
  type SectionDiff,
  type VersionDiff,
} from "@tavolo/shared";
import { afterAll, describe, expect, it } from "vitest";
import { type DiffReply, DiffRunner } from "./diff-runner.ts";

/** A canonical document of one section holding `lines` paragraphs. */
function documentOf(lines: readonly string[]): string {
  const document: CanonicalDocument = {
    format: CANONICAL_FORMAT,
    templateId: null,
    templateVersion: null,
    content: {
      type: "doc",
      content: [
        {
          type: "sectionHeading",
          attrs: { sectionKey: "contesto" },
          content: [{ type: "text", text: "Contesto" }],
        },
        ...lines.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
      ],
    },
    blocks: {},
  };
  return canonicalString(document);
}

const lines = (count: number, word: string) =>
  Array.from({ length: count }, (_, i) => `Riga ${i}: ${word} del testo concordato al tavolo`);

const runner = new DiffRunner();
const compare = (before: string, after: string) =>
  runner.diff({ before, after, fromVersionId: "v1", to: "draft" });

/** The sections of a reply, or the reason it gave as an error. */
function sectionsOf(reply: DiffReply): SectionDiff[] {
  if (!reply.ok) throw new Error(reply.error);
  return (JSON.parse(reply.json) as VersionDiff).sections;
}
afterAll(() => runner.close());

// Starting the worker (tsx compiles the diff code in the thread) takes seconds on a busy machine.
describe("comparing versions off the event loop", { timeout: 30_000 }, () => {
  it("answers a 3,000-line change while timers keep firing on the main thread", async () => {
    await compare(documentOf(["a"]), documentOf(["b"]));
    const before = documentOf(lines(3000, "prima"));
    const after = documentOf(lines(3000, "dopo"));
    const pending = compare(before, after);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const reply = await pending;
    clearInterval(timer);
    // A diff computed on the event loop would resolve before this timer could ever fire.
    expect(ticks).toBeGreaterThan(0);
    const changes = sectionsOf(reply)[0]?.lines ?? [];
    expect(changes.filter((line) => line.kind === "removed")).toHaveLength(3000);
    expect(changes.filter((line) => line.kind === "added")).toHaveLength(3000);
  });

  it("shows a replaced line word by word", async () => {
    const reply = await compare(
      documentOf(["Il Comune mette a disposizione due alloggi"]),
      documentOf(["Il Comune mette a disposizione tre alloggi"]),
    );
    const added = sectionsOf(reply)[0]?.lines.find((line) => line.kind === "added");
    expect(added?.words?.filter((word) => word.kind !== "same")).toEqual([
      { kind: "removed", text: "due" },
      { kind: "added", text: "tre" },
    ]);
  });

  it("refuses documents over the cap with a reason, without diffing them", async () => {
    const reply = await compare(documentOf(["breve"]), documentOf(lines(20_001, "x")));
    expect(reply).toEqual({
      id: expect.any(Number),
      ok: false,
      error: expect.stringMatching(/^to: too long to compare \(20001 lines, .*at most 20000 lines/),
    });
  });
});
