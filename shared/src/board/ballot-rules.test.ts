import { describe, expect, it } from "vitest";
import { type BallotEdit, checkBallotEdit } from "./ballot-rules.ts";
import type { VoteSession } from "./voting.ts";

const vote: VoteSession = {
  id: "v1",
  title: "",
  scope: { kind: "board" },
  mode: "persona",
  votesPerBallot: 3,
  maxPerNote: 2,
  status: "open",
  openedAt: "2026-01-01T00:00:00.000Z",
  openedBy: "fac",
  closedAt: null,
  results: null,
};
const votes = new Map([["v1", vote]]);
const voteOf = (id: string) => votes.get(id) ?? null;
const anna = { personId: "anna" };
const dot = (noteId: string, voterId = "anna", voteId = "v1") => ({
  voteId,
  noteId,
  voterId,
  placedAt: "2026-01-01T00:00:01.000Z",
});
const edit = (set: [string, unknown][], deleted: string[] = []): BallotEdit => ({
  set: new Map(set),
  deleted: new Set(deleted),
});

describe("checkBallotEdit", () => {
  it("lets the connection's person place dots within the ballot", () => {
    const stored = new Map<string, unknown>([["d1", dot("n1")]]);
    expect(checkBallotEdit(anna, stored, edit([["d2", dot("n2")]]), voteOf)).toBeNull();
  });

  it("refuses a dot in someone else's name", () => {
    expect(checkBallotEdit(anna, new Map(), edit([["d1", dot("n1", "bruno")]]), voteOf)).toBe(
      "identity",
    );
  });

  it("refuses dots beyond the ballot or the limit per note, counting what is taken back", () => {
    const stored = new Map<string, unknown>([
      ["d1", dot("n1")],
      ["d2", dot("n2")],
    ]);
    expect(
      checkBallotEdit(
        anna,
        stored,
        edit([
          ["d3", dot("n3")],
          ["d4", dot("n3")],
        ]),
        voteOf,
      ),
    ).toBe("vote-budget");
    expect(
      checkBallotEdit(
        anna,
        stored,
        edit(
          [
            ["d3", dot("n1")],
            ["d4", dot("n1")],
          ],
          ["d2"],
        ),
        voteOf,
      ),
    ).toBe("vote-budget");
    expect(
      checkBallotEdit(
        anna,
        stored,
        edit(
          [
            ["d3", dot("n3")],
            ["d4", dot("n3")],
          ],
          ["d2"],
        ),
        voteOf,
      ),
    ).toBeNull();
  });

  it("refuses dots for a closed or unknown vote, rewritten dots and malformed ones", () => {
    votes.set("v0", { ...vote, id: "v0", status: "closed" });
    expect(checkBallotEdit(anna, new Map(), edit([["d1", dot("n1", "anna", "v0")]]), voteOf)).toBe(
      "vote-budget",
    );
    expect(checkBallotEdit(anna, new Map(), edit([["d1", dot("n1", "anna", "vx")]]), voteOf)).toBe(
      "vote-budget",
    );
    const stored = new Map<string, unknown>([["d1", dot("n1")]]);
    expect(checkBallotEdit(anna, stored, edit([["d1", dot("n2")]], ["d1"]), voteOf)).toBe(
      "immutable",
    );
    expect(checkBallotEdit(anna, new Map(), edit([["d1", { voteId: "v1" }]]), voteOf)).toBe(
      "unknown-content",
    );
  });

  it("lets dots be taken back freely", () => {
    const stored = new Map<string, unknown>([["d1", dot("n1", "bruno")]]);
    expect(checkBallotEdit(anna, stored, edit([], ["d1"]), voteOf)).toBeNull();
  });
});
