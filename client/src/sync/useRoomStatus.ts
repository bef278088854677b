import { useSyncExternalStore } from "react";
import type { RoomStatus, RoomStatusStore } from "./roomStatus.ts";

/** The room's current status; re-renders only when something shown changes. */
export function useRoomStatus(store: RoomStatusStore): RoomStatus {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
