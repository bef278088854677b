import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  type BoardPresence,
  followerCount,
  followTarget,
  readFollowMe,
  readPresences,
  startFollowMe,
  stopFollowMe,
  viewportOf,
} from "./presence.ts";
import { T0 } from "./test-support.ts";

const presence = (personId: string, extra: Partial<BoardPresence> = {}) => ({
  user: { personId, name: personId, color: "#123456" },
  ...extra,
});

describe("board presence", () => {
  it("keeps well-formed awareness states and fills the optional fields", () => {
    const states = new Map<number, unknown>([
      [7, presence("anna", { cursor: { x: 1, y: 2 } })],
      [3, { user: { name: "legacy" } }],
      [5, presence("luca", { viewport: { x: 0, y: 0, zoom: 1e9 } })],
    ]);
    const read = readPresences(states);
    expect(read.map((entry) => entry.clientId)).toEqual([7]);
    expect(read[0]?.presence).toMatchObject({
      cursor: { x: 1, y: 2 },
      selection: [],
      viewport: null,
      following: null,
      editing: null,
      user: { organisationId: null },
    });
  });

  it("finds the viewport to follow, the same for every follower", () => {
    const states = new Map<number, unknown>([
      [1, presence("fac", { viewport: { x: 10, y: 10, zoom: 1 } })],
      [9, presence("fac", { viewport: { x: 99, y: 99, zoom: 2 } })],
      [4, presence("anna", { following: "fac" })],
      [6, presence("luca", { following: "fac" })],
      [8, presence("luca", { following: "fac" })],
    ]);
    const read = readPresences(states);
    expect(viewportOf(read, "fac")).toEqual({ x: 99, y: 99, zoom: 2 });
    expect(viewportOf(read, "anna")).toBeNull();
    expect(followerCount(read, "fac")).toBe(2);
  });
});

describe("follow me", () => {
  it("is led by the facilitator named in the control room", () => {
    const control = new Y.Doc();
    expect(readFollowMe(control)).toBeNull();
    startFollowMe(control, { personId: "fac", name: "Giulia" }, T0);
    const followMe = readFollowMe(control);
    expect(followMe).toMatchObject({ leaderId: "fac", leaderName: "Giulia" });
    expect(followTarget(followMe, { personId: "anna", optedOut: false, chosen: null })).toBe("fac");
    expect(followTarget(followMe, { personId: "anna", optedOut: true, chosen: null })).toBeNull();
    expect(followTarget(followMe, { personId: "fac", optedOut: false, chosen: null })).toBeNull();
    stopFollowMe(control);
    expect(readFollowMe(control)).toBeNull();
    expect(followTarget(null, { personId: "anna", optedOut: false, chosen: "luca" })).toBe("luca");
    expect(followTarget(null, { personId: "anna", optedOut: false, chosen: "anna" })).toBeNull();
  });
});
