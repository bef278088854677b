import type { PresenceUser } from "@tavolo/shared";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";

/** One person present in the room, as the "Chi è qui" list shows them. */
export interface PresentPerson extends PresenceUser {
  clientId: number;
  isSelf: boolean;
}

/** Reads the `user` field of an awareness state; null when it is missing or malformed. */
export function presenceUserOf(state: unknown): PresenceUser | null {
  if (typeof state !== "object" || state === null || !("user" in state)) return null;
  const user: unknown = state.user;
  if (typeof user !== "object" || user === null) return null;
  const { name, color } = user as Record<string, unknown>;
  if (typeof name !== "string" || name.trim() === "" || typeof color !== "string") return null;
  return { name: name.slice(0, 80), color: /^#[0-9a-f]{6}$/i.test(color) ? color : "#455b71" };
}

function readPeople(awareness: Awareness): PresentPerson[] {
  const people: PresentPerson[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = presenceUserOf(state);
    if (user) people.push({ ...user, clientId, isSelf: clientId === awareness.clientID });
  }
  return people.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, "it"),
  );
}

function samePeople(a: readonly PresentPerson[], b: readonly PresentPerson[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        other.clientId === person.clientId &&
        other.name === person.name &&
        other.color === person.color
      );
    })
  );
}

/** Everyone present in the room with a name (this tab first), kept current from awareness. */
export function usePresence(awareness: Awareness): readonly PresentPerson[] {
  const cache = useRef<PresentPerson[]>([]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const people = readPeople(awareness);
    if (!samePeople(people, cache.current)) cache.current = people;
    return cache.current;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
