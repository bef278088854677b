import { describe, expect, it } from "vitest";
import { type CommentActor, checkThreadEdit, type ThreadEdit } from "./comment-rules.ts";

const anna: CommentActor = {
  personId: "anna",
  displayName: "Anna Rossi",
  organisationId: "coop",
  role: "referente",
};
const bruno: CommentActor = {
  personId: "bruno",
  displayName: "Bruno Verdi",
  organisationId: "coop",
  role: "redattore",
};
const facilitator: CommentActor = {
  personId: "fac",
  displayName: "Giulia Rossi",
  organisationId: null,
  role: "facilitatore",
};
const as = (actor: CommentActor) => ({
  personId: actor.personId,
  name: actor.displayName,
  organisationId: actor.organisationId,
});
const thread = { author: as(anna), body: "Serve un indicatore", mentions: [] };
const edit = (
  after: Record<string, unknown> | null,
  changed: string[],
  extra: Partial<ThreadEdit> = {},
): ThreadEdit => ({
  before: thread,
  after,
  changed: new Set(changed),
  repliesAdded: [],
  repliesRemoved: [],
  ...extra,
});
const resolution = (by: CommentActor) => ({
  resolved: true,
  by: as(by),
  at: "2026-01-01T00:00:00Z",
});

describe("checkThreadEdit", () => {
  it("keeps a comment's text and its deletion to its author, facilitators included", () => {
    expect(checkThreadEdit(anna, edit({ ...thread, body: "meglio" }, ["body"]), [])).toBeNull();
    expect(checkThreadEdit(bruno, edit({ ...thread, body: "mio" }, ["body"]), [])).toBe(
      "not-author",
    );
    expect(checkThreadEdit(facilitator, edit(null, []), [])).toBe("not-author");
    expect(checkThreadEdit(anna, edit(null, []), [])).toBeNull();
  });

  it("takes threads and replies only in the connection's name, and replies deleted by their authors", () => {
    expect(checkThreadEdit(bruno, { ...edit(thread, ["author"]), before: null }, [])).toBe(
      "identity",
    );
    expect(
      checkThreadEdit(bruno, edit(thread, [], { repliesAdded: [{ author: as(anna) }] }), []),
    ).toBe("identity");
    expect(
      checkThreadEdit(bruno, edit(thread, [], { repliesAdded: [{ author: as(bruno) }] }), []),
    ).toBeNull();
    // Bruno's own id under the facilitator's name: refused too.
    const disguised = { ...as(bruno), name: "Giulia Rossi" };
    expect(
      checkThreadEdit(bruno, edit(thread, [], { repliesAdded: [{ author: disguised }] }), []),
    ).toBe("identity");
    expect(
      checkThreadEdit(anna, edit(thread, [], { repliesRemoved: [{ author: as(bruno) }] }), []),
    ).toBe("not-author");
  });

  it("lets the people in the thread and facilitators resolve it, as themselves", () => {
    const resolvedBy = (actor: CommentActor) =>
      edit({ ...thread, resolution: resolution(actor) }, ["resolution"]);
    expect(checkThreadEdit(bruno, resolvedBy(bruno), [])).toBe("not-author");
    expect(checkThreadEdit(bruno, resolvedBy(bruno), [{ author: as(bruno) }])).toBeNull();
    expect(checkThreadEdit(facilitator, resolvedBy(facilitator), [])).toBeNull();
    expect(checkThreadEdit(anna, resolvedBy(facilitator), [])).toBe("identity");
  });
});
