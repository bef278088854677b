import { describe, expect, it } from "vitest";
import {
  type BoardRoom,
  boardControlRoom,
  boardOrganisationRoom,
  boardPrivateRoom,
  boardRoomName,
  parseBoardRoom,
} from "./board-rooms.ts";

describe("board rooms", () => {
  it.each<BoardRoom>([
    { kind: "board", boardId: "Xy_9-abc" },
    { kind: "control", boardId: "b1" },
    { kind: "private", boardId: "b1", personId: "p-1_x" },
    { kind: "organisation", boardId: "b1", organisationId: "o1" },
  ])("name and parse back %o", (room) => {
    expect(parseBoardRoom(boardRoomName(room))).toEqual(room);
  });

  it("derive names from the ids", () => {
    expect(boardControlRoom("b1")).toBe("b1:control");
    expect(boardPrivateRoom("b1", "anna")).toBe("b1:private:anna");
    expect(boardOrganisationRoom("b1", "meta")).toBe("b1:org:meta");
    expect(() => boardPrivateRoom("b1", "a:b")).toThrow();
    expect(() => boardControlRoom("")).toThrow();
  });

  it.each([
    "b1:private:",
    "b1:private",
    "b1:private:anna:extra",
    "b1:control:x",
    "b1:secret:anna",
    ":control",
    "b1:org",
    "../b1",
    "",
  ])("refuse %s", (name) => {
    expect(parseBoardRoom(name)).toBeNull();
  });
});
