import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BALLOTS_MAP, placeDot, readBallot, removeDot, votesLeft } from "./ballots.ts";
import { addFrame } from "./frames.ts";
import { addNote, readNotes } from "./notes.ts";
import {
  closeVoteFromBallots,
  eligibleNoteIds,
  rankNotes,
  tallyBallots,
  topVoted,
} from "./tally.ts";
import { ANNA, connectDocs, LUCA, sequentialIds, T0 } from "./test-support.ts";
import {
  ballotOwner,
  ballotRoom,
  ballotRoomsToCount,
  currentVote,
  latestClosedVote,
  type OpenVote,
  openVote,
  readVote,
  type VoteSession,
} from "./voting.ts";

const FACILITATOR = "fac";

function boardWithNotes(count: number) {
  const board = new Y.Doc();
  const ids = sequentialIds("n");
  for (let i = 0; i < count; i++) {
    addNote(board, { text: `idea ${i + 1}`, x: i * 250, y: 0 }, ANNA, { newId: ids, now: T0 + i });
  }
  return board;
}

function open(control: Y.Doc, input: Partial<OpenVote> = {}): VoteSession {
  const session = openVote(
    control,
    { scope: { kind: "board" }, mode: "persona", votesPerBallot: 3, ...input },
    FACILITATOR,
    { newId: () => "v1", now: T0 },
  );
  if (!session) throw new Error("vote did not open");
  return session;
}

function eligible(board: Y.Doc, session: VoteSession) {
  return eligibleNoteIds(session, readNotes(board), []);
}

describe("opening a vote", () => {
  it("stores the session without results and refuses a second open vote", () => {
    const control = new Y.Doc();
    const session = open(control);
    expect(session).toMatchObject({ status: "open", results: null, maxPerNote: null });
    expect(currentVote(control)?.id).toBe("v1");
    expect(
      openVote(control, { scope: { kind: "board" }, mode: "persona", votesPerBallot: 1 }, "f"),
    ).toBeNull();
  });
});

describe("placing dots", () => {
  it("allows N votes per person, stacked or spread, then refuses", () => {
    const board = boardWithNotes(3);
    const session = open(new Y.Doc(), { votesPerBallot: 3 });
    const mine = new Y.Doc();
    const ok = eligible(board, session);
    const place = (noteId: string) => placeDot(mine, session, { noteId, voterId: "anna" }, ok);
    expect(place("n-1").ok).toBe(true);
    expect(place("n-1").ok).toBe(true);
    expect(place("n-2").ok).toBe(true);
    expect(place("n-3")).toEqual({ ok: false, reason: "noVotesLeft" });
    expect(votesLeft(mine, session)).toBe(0);
    expect(removeDot(mine, session, { noteId: "n-1", voterId: "anna" })).toBe(true);
    expect(votesLeft(mine, session)).toBe(1);
  });

  it("caps the dots one ballot puts on a single note", () => {
    const board = boardWithNotes(2);
    const session = open(new Y.Doc(), { votesPerBallot: 5, maxPerNote: 2 });
    const mine = new Y.Doc();
    const ok = eligible(board, session);
    placeDot(mine, session, { noteId: "n-1", voterId: "anna" }, ok);
    placeDot(mine, session, { noteId: "n-1", voterId: "anna" }, ok);
    expect(placeDot(mine, session, { noteId: "n-1", voterId: "anna" }, ok)).toEqual({
      ok: false,
      reason: "noteLimit",
    });
    expect(placeDot(mine, session, { noteId: "n-2", voterId: "anna" }, ok).ok).toBe(true);
  });

  it("accepts only notes in the voted frame, never hidden cards, and nothing once closed", () => {
    const board = boardWithNotes(2);
    addFrame(board, { title: "Idee", x: -10, y: -10, w: 240, h: 200 }, { newId: () => "f1" });
    addNote(board, { text: "", x: 0, y: 0 }, LUCA, { newId: () => "hidden" });
    const hidden = board.getMap("notes").get("hidden");
    if (hidden instanceof Y.Map) hidden.set("hidden", true);
    const session = open(new Y.Doc(), { scope: { kind: "frame", frameId: "f1" } });
    const frames = [
      { id: "f1", title: "Idee", prompt: "", x: -10, y: -10, w: 240, h: 200, colour: null },
    ];
    const ok = eligibleNoteIds(session, readNotes(board), frames);
    expect([...ok]).toEqual(["n-1"]);
    const mine = new Y.Doc();
    expect(placeDot(mine, session, { noteId: "n-2", voterId: "anna" }, ok)).toEqual({
      ok: false,
      reason: "notEligible",
    });
    const closed = { ...session, status: "closed" as const };
    expect(placeDot(mine, closed, { noteId: "n-1", voterId: "anna" }, ok)).toEqual({
      ok: false,
      reason: "closed",
    });
  });
});

describe("secrecy while open", () => {
  it("keeps every dot out of the board and control rooms until the server closes the vote", () => {
    const board = boardWithNotes(2);
    const control = new Y.Doc();
    const session = open(control);
    const annaBallot = new Y.Doc();
    placeDot(annaBallot, session, { noteId: "n-2", voterId: "anna" }, eligible(board, session), {
      newId: () => "secret-dot",
      now: T0,
    });
    const luca = { board: new Y.Doc(), control: new Y.Doc() };
    connectDocs(board, luca.board);
    connectDocs(control, luca.control);
    const seenByLuca = [luca.board, luca.control].map((doc) =>
      new TextDecoder().decode(Y.encodeStateAsUpdate(doc)),
    );
    expect(seenByLuca.join("")).toContain("idea 2");
    expect(seenByLuca.join("")).not.toContain("secret-dot");
    expect(readVote(luca.control, "v1")?.results).toBeNull();

    closeVoteFromBallots(control, board, [annaBallot], "v1", T0 + 60_000);
    expect(readVote(luca.control, "v1")).toMatchObject({
      status: "closed",
      results: { counts: { "n-2": 1 }, ballots: 1, discarded: 0 },
    });
    expect(latestClosedVote(luca.control)?.id).toBe("v1");
    expect(currentVote(luca.control)).toBeNull();
  });
});

describe("counting", () => {
  it("applies per-organisation limits to dots members placed at the same time", () => {
    const board = boardWithNotes(3);
    const session = open(new Y.Doc(), { mode: "organizzazione", votesPerBallot: 2 });
    const ok = eligible(board, session);
    const metaAnna = new Y.Doc();
    const metaMarco = new Y.Doc();
    const stop = connectDocs(metaAnna, metaMarco);
    stop();
    const at = (n: number) => ({ newId: () => `d${n}`, now: T0 + n });
    placeDot(metaAnna, session, { noteId: "n-1", voterId: "anna" }, ok, at(1));
    placeDot(metaAnna, session, { noteId: "n-1", voterId: "anna" }, ok, at(3));
    placeDot(metaMarco, session, { noteId: "n-3", voterId: "marco" }, ok, at(2));
    placeDot(metaMarco, session, { noteId: "n-3", voterId: "marco" }, ok, at(4));
    connectDocs(metaAnna, metaMarco);
    expect(readBallot(metaAnna, "v1")).toHaveLength(4);
    const results = tallyBallots(session, [readBallot(metaAnna, "v1")], ok);
    expect(results).toEqual({ counts: { "n-1": 1, "n-3": 1 }, ballots: 1, discarded: 2 });
  });

  it("ignores dots written past the rules by a client that skipped placeDot", () => {
    const board = boardWithNotes(2);
    const session = open(new Y.Doc(), { votesPerBallot: 2, maxPerNote: 1 });
    const cheat = new Y.Doc();
    const dots = cheat.getMap(BALLOTS_MAP);
    for (const [i, noteId] of ["n-1", "n-1", "n-2", "deleted", "n-2"].entries()) {
      const placedAt = new Date(T0 + i).toISOString();
      dots.set(`d${i}`, { voteId: "v1", noteId, voterId: "x", placedAt });
    }
    dots.set("other-vote", { voteId: "v0", noteId: "n-1", voterId: "x", placedAt: "bad" });
    dots.set("junk", 42);
    const results = tallyBallots(session, [readBallot(cheat, "v1")], eligible(board, session));
    expect(results).toEqual({ counts: { "n-1": 1, "n-2": 1 }, ballots: 1, discarded: 3 });
  });

  it("ranks with shared ranks for ties and keeps ties at the top-N cut", () => {
    const board = boardWithNotes(4);
    const notes = readNotes(board);
    const counts = { "n-1": 2, "n-2": 5, "n-3": 2, "n-4": 1 };
    expect(rankNotes(counts, notes).map((r) => [r.item.id, r.votes, r.rank])).toEqual([
      ["n-2", 5, 1],
      ["n-1", 2, 2],
      ["n-3", 2, 2],
      ["n-4", 1, 4],
    ]);
    expect(topVoted(counts, notes, 2).map((r) => r.item.id)).toEqual(["n-2", "n-1", "n-3"]);
    expect(topVoted(counts, notes, 10)).toHaveLength(4);
    expect(rankNotes({}, notes)).toEqual([]);
  });

  it("closes only once: a second close keeps the first totals", () => {
    const board = boardWithNotes(1);
    const control = new Y.Doc();
    const session = open(control);
    const ballot = new Y.Doc();
    placeDot(ballot, session, { noteId: "n-1", voterId: "anna" }, eligible(board, session));
    closeVoteFromBallots(control, board, [ballot], "v1", T0);
    const later = new Y.Doc();
    const again = closeVoteFromBallots(control, board, [ballot, later], "v1", T0 + 5);
    expect(again?.results?.counts).toEqual({ "n-1": 1 });
    expect(closeVoteFromBallots(control, board, [], "missing", T0)).toBeNull();
  });
});

describe("ballot owners and rooms", () => {
  it("are the person or the organisation, and nobody for observers", () => {
    const member = { personId: "anna", organisationId: "meta", role: "redattore" };
    expect(ballotOwner({ mode: "persona" }, member)).toEqual({ kind: "person", id: "anna" });
    expect(ballotOwner({ mode: "organizzazione" }, member)).toEqual({
      kind: "organisation",
      id: "meta",
    });
    expect(ballotOwner({ mode: "organizzazione" }, { ...member, organisationId: null })).toBeNull();
    expect(ballotOwner({ mode: "persona" }, { ...member, role: "osservatore" })).toBeNull();
    expect(ballotRoom("b1", { kind: "person", id: "anna" })).toBe("b1:private:anna");
    expect(ballotRoom("b1", { kind: "organisation", id: "meta" })).toBe("b1:org:meta");
  });

  it("tell the server which rooms to count", () => {
    const members = [
      { personId: "anna", organisationId: "meta", role: "redattore" },
      { personId: "marco", organisationId: "meta", role: "referente" },
      { personId: "luca", organisationId: "cordata", role: "redattore" },
      { personId: "obs", organisationId: "cordata", role: "osservatore" },
      { personId: "fac", organisationId: null, role: "facilitatore" },
    ];
    expect(ballotRoomsToCount("b1", { mode: "organizzazione" }, members)).toEqual([
      "b1:org:cordata",
      "b1:org:meta",
    ]);
    expect(ballotRoomsToCount("b1", { mode: "persona" }, members)).toEqual([
      "b1:private:anna",
      "b1:private:fac",
      "b1:private:luca",
      "b1:private:marco",
    ]);
  });
});
