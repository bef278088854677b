import { z } from "zod";

export const ROOM_NAME_MAX_LENGTH = 128;

/**
 * A room name is also a file name on the server, so it is restricted to a safe alphabet: letters,
 * digits, `-`, `_`, `.` and `:`, not starting with a dot and never containing `..`.
 */
export const RoomNameSchema = z
  .string()
  .min(1, "room name is empty")
  .max(ROOM_NAME_MAX_LENGTH, `room name is longer than ${ROOM_NAME_MAX_LENGTH} characters`)
  .regex(/^[A-Za-z0-9_:-][A-Za-z0-9_.:-]*$/, "room name may only use letters, digits, - _ . :")
  .refine((name) => !name.includes(".."), "room name may not contain '..'");

export type RoomName = z.infer<typeof RoomNameSchema>;
