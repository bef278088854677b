import { type BoardPresence, readPresences, type Viewport } from "@tavolo/shared";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_COLORS } from "../presence/presenceColors.ts";
import { loadColor } from "../presence/savedColor.ts";
import type { BoardInfo } from "./boardApi.ts";

export type PresenceEntry = { clientId: number; presence: BoardPresence };

/** Publishes who this person is in the board room's awareness (BoardPresenceSchema). */
export function usePublishUser(awareness: Awareness, info: BoardInfo): void {
  useEffect(() => {
    const colour = PRESENCE_COLORS[loadColor(info.me.personId)];
    awareness.setLocalState({
      user: {
        personId: info.me.personId,
        name: info.me.displayName,
        color: colour,
        organisationId: info.me.organisationId,
      },
      cursor: null,
      selection: [],
      viewport: null,
      following: null,
      editing: null,
    } satisfies BoardPresence);
  }, [awareness, info]);
}

/**
 * Sets one awareness field at most once per animation frame: a moving pointer or a pan sends
 * one message per frame, not one per mouse event.
 */
export function usePresenceField<K extends keyof BoardPresence>(awareness: Awareness, key: K) {
  const pending = useRef<{ value: BoardPresence[K] } | null>(null);
  return useCallback(
    (value: BoardPresence[K]) => {
      const first = pending.current === null;
      pending.current = { value };
      if (!first) return;
      requestAnimationFrame(() => {
        if (pending.current && awareness.getLocalState()) {
          awareness.setLocalStateField(key, pending.current.value);
        }
        pending.current = null;
      });
    },
    [awareness, key],
  );
}

/** Everyone's well-formed board presence, this tab included, kept current. */
export function usePresences(awareness: Awareness): PresenceEntry[] {
  const cache = useRef<{ json: string; value: PresenceEntry[] }>({ json: "[]", value: [] });
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    [awareness],
  );
  const read = useCallback(() => {
    const value = readPresences(awareness.getStates());
    const json = JSON.stringify(value);
    if (json !== cache.current.json) cache.current = { json, value };
    return cache.current.value;
  }, [awareness]);
  return useSyncExternalStore(subscribe, read);
}

export type { Viewport };
