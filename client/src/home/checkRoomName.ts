import { ROOM_NAME_MAX_LENGTH, type RoomName, RoomNameSchema } from "@tavolo/shared";
import type { TFunction } from "i18next";

export type RoomNameCheck = { ok: true; room: RoomName } | { ok: false; message: string };

/**
 * Checks a typed note name with the shared `RoomNameSchema` (the rule the server applies) and
 * words the first problem in the interface language; the schema's own message is the fallback.
 */
export function checkRoomName(typed: string, t: TFunction): RoomNameCheck {
  const parsed = RoomNameSchema.safeParse(typed);
  if (parsed.success) return { ok: true, room: parsed.data };
  const issue = parsed.error.issues[0];
  switch (issue?.code) {
    case "too_small":
      return { ok: false, message: t("home.errors.empty") };
    case "too_big":
      return { ok: false, message: t("home.errors.tooLong", { max: ROOM_NAME_MAX_LENGTH }) };
    case "invalid_format":
      return { ok: false, message: t("home.errors.alphabet") };
    case "custom":
      return { ok: false, message: t("home.errors.dots") };
    default:
      return { ok: false, message: issue?.message ?? parsed.error.message };
  }
}
