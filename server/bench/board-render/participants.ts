import { type BoardPresence, readNote, updateNote } from "@tavolo/shared";
import type { BoardClient } from "./board-client.ts";

/** Some of the presence colours the client offers (client/src/presence/presenceColors.ts). */
const PRESENCE_COLOURS = ["#0066cc", "#00805a", "#b3261e", "#6f42c1", "#a34f00", "#00727a"];

/** The live workshop around the measured page: pointers moving, now and then a note moving. */
export interface Participants {
  /** Stops note moves (cursors go on), so a measurement can tell its own change from theirs. */
  pauseEdits(): void;
  resumeEdits(): void;
  stop(): void;
}

export interface ParticipantOptions {
  /** Pointer updates per second per person (awareness). */
  cursorHz: number;
  /** How many of the people also move notes, each every `editEveryMs` ± half. */
  editors: number;
  editEveryMs: number;
  /** Notes the participants may move (the measured ones are left out). */
  movable: readonly string[];
  /** Board area the pointers wander over. */
  area: { w: number; h: number };
}

/**
 * Publishes each client's board presence (BoardPresenceSchema) and moves its pointer by a small
 * random walk `cursorHz` times a second; the first `editors` clients also nudge a random note.
 */
export function startParticipants(
  clients: readonly BoardClient[],
  options: ParticipantOptions,
): Participants {
  let editing = true;
  const timers: NodeJS.Timeout[] = [];
  clients.forEach((client, index) => {
    const cursor = { x: Math.random() * options.area.w, y: Math.random() * options.area.h };
    const presence: BoardPresence = {
      user: {
        personId: client.attendee.personId,
        name: client.attendee.name,
        color: PRESENCE_COLOURS[index % PRESENCE_COLOURS.length] ?? "#0066cc",
        organisationId: null,
      },
      cursor,
      selection: [],
      viewport: null,
      following: null,
      editing: null,
    };
    client.provider.awareness.setLocalState(presence);
    const step = () => {
      cursor.x = clamp(cursor.x + (Math.random() - 0.5) * 80, 0, options.area.w);
      cursor.y = clamp(cursor.y + (Math.random() - 0.5) * 80, 0, options.area.h);
      client.provider.awareness.setLocalStateField("cursor", {
        x: Math.round(cursor.x),
        y: Math.round(cursor.y),
      });
    };
    // Staggered, so twenty pointers do not all update in the same millisecond.
    const start = setTimeout(
      () => timers.push(setInterval(step, 1000 / options.cursorHz)),
      index * 7,
    );
    timers.push(start);
    if (index < options.editors) scheduleEdit(client);
  });

  function scheduleEdit(client: BoardClient): void {
    const delay = options.editEveryMs * (0.5 + Math.random());
    timers.push(
      setTimeout(() => {
        if (editing) nudgeRandomNote(client, options.movable);
        scheduleEdit(client);
      }, delay),
    );
  }

  return {
    pauseEdits: () => {
      editing = false;
    },
    resumeEdits: () => {
      editing = true;
    },
    stop() {
      for (const timer of timers) clearTimeout(timer);
      for (const client of clients) client.provider.awareness.setLocalState(null);
    },
  };
}

function nudgeRandomNote(client: BoardClient, movable: readonly string[]): void {
  const id = movable[Math.floor(Math.random() * movable.length)];
  const note = id ? readNote(client.doc, id) : null;
  if (!id || !note) return;
  updateNote(client.doc, id, { x: note.x + (Math.random() < 0.5 ? -10 : 10) });
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
