import { describe, expect, it } from "vitest";
import {
  type BoardRoom,
  boardControlRoom,
  boardOrganisationRoom,
  boardPrivateRoom,
  boardRoomAccess,
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

describe("board room access", () => {
  const anna = { personId: "anna", role: "redattore", organisationId: "meta" } as const;
  const fac = { personId: "fac", role: "facilitatore", organisationId: "comune" } as const;
  const obs = { personId: "obs", role: "osservatore", organisationId: "meta" } as const;
  const board: BoardRoom = { kind: "board", boardId: "b" };
  const control: BoardRoom = { kind: "control", boardId: "b" };
  const annaPrivate: BoardRoom = { kind: "private", boardId: "b", personId: "anna" };
  const metaRoom: BoardRoom = { kind: "organisation", boardId: "b", organisationId: "meta" };

  it("lets members write the board, observers only read it, and a lock stop all but facilitators", () => {
    expect(boardRoomAccess(board, anna)).toBe("write");
    expect(boardRoomAccess(board, obs)).toBe("read");
    expect(boardRoomAccess(board, anna, true)).toBe("read");
    expect(boardRoomAccess(board, fac, true)).toBe("write");
  });

  it("lets only facilitators write the control room, everyone read it", () => {
    expect(boardRoomAccess(control, fac)).toBe("write");
    expect(boardRoomAccess(control, anna)).toBe("read");
    expect(boardRoomAccess(control, obs)).toBe("read");
  });

  it("opens a private room to its person alone, facilitators included out", () => {
    expect(boardRoomAccess(annaPrivate, anna)).toBe("write");
    expect(boardRoomAccess(annaPrivate, fac)).toBe("refuse");
    expect(boardRoomAccess(annaPrivate, { ...obs, personId: "anna" })).toBe("refuse");
  });

  it("opens an organisation room to its non-observer members alone", () => {
    expect(boardRoomAccess(metaRoom, anna)).toBe("write");
    expect(boardRoomAccess(metaRoom, obs)).toBe("refuse");
    expect(boardRoomAccess(metaRoom, fac)).toBe("refuse");
    expect(boardRoomAccess(metaRoom, { ...anna, organisationId: null })).toBe("refuse");
  });
});
