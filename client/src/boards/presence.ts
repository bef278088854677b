import { type BoardPresence, readPresences, type Viewport } from "@tavolo/shared";
import { useCallback, useEffect, useRef } from "react";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_COLORS } from "../presence/presenceColors.ts";
import { loadColor } from "../presence/savedColor.ts";
import type { BoardInfo } from "./boardApi.ts";
import { useYValue } from "./yHooks.ts";

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

/**
 * What `select` picks from everyone's well-formed board presence (this tab included), re-read
 * at most once per animation frame and handed to React only when its JSON changed: the others'
 * pointers change presence a couple of hundred times a second in a workshop, and only the
 * pointer layer needs each of those (server/bench/board-render). `select` must be stable.
 */
export function usePresenceSelection<T>(
  awareness: Awareness,
  select: (entries: PresenceEntry[]) => T,
): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let frame: number | null = null;
      const later = () => {
        frame ??= requestAnimationFrame(() => {
          frame = null;
          onChange();
        });
      };
      awareness.on("change", later);
      return () => {
        if (frame !== null) cancelAnimationFrame(frame);
        awareness.off("change", later);
      };
    },
    [awareness],
  );
  const read = useCallback(() => select(readPresences(awareness.getStates())), [awareness, select]);
  return useYValue(subscribe, read);
}

export type { Viewport };
