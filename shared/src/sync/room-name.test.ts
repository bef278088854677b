import { describe, expect, it } from "vitest";
import { ROOM_NAME_MAX_LENGTH, RoomNameSchema } from "./room-name.ts";

describe("RoomNameSchema", () => {
  it.each(["scratch", "proc-1:board.2", "a_b", "X".repeat(ROOM_NAME_MAX_LENGTH)])(
    "accepts %s",
    (name) => {
      expect(RoomNameSchema.safeParse(name).success).toBe(true);
    },
  );

  it.each([
    ["", "empty"],
    ["../etc/passwd", "path traversal"],
    ["a/b", "slash"],
    [".hidden", "leading dot"],
    ["a..b", "double dot"],
    ["sp ace", "space"],
    ["X".repeat(ROOM_NAME_MAX_LENGTH + 1), "too long"],
    ["%2e%2e", "percent escapes"],
  ])("refuses %s (%s)", (name) => {
    expect(RoomNameSchema.safeParse(name).success).toBe(false);
  });
});
