import type * as Y from "yjs";
import { z } from "zod";
import { ItemIdSchema, TimestampSchema } from "./board-shape.ts";
import { ControlKey, controlMap, readControlValue, writeControlValue } from "./control-shape.ts";
import { CoordinateSchema, type Viewport } from "./geometry.ts";

/** The longest a facilitator may hold everyone's view after "Porta tutti qui". */
export const SUMMON_HOLD_MAX_MS = 60_000;

/**
 * "Porta tutti qui": a facilitator's one-off jump of everyone's view to the part of the board
 * they show — its centre and zoom, so each screen, whatever its size, centres the same place.
 * `holdMs` > 0 keeps the others from panning for that long after they receive it. Unlike
 * follow-me it is a single event: `id` tells a new summons from one already obeyed.
 */
export const SummonSchema = z
  .object({
    id: ItemIdSchema,
    leaderId: ItemIdSchema,
    leaderName: z.string().max(80),
    centre: z.object({ x: CoordinateSchema, y: CoordinateSchema }),
    zoom: z.number().min(0.01).max(100),
    holdMs: z.number().int().min(0).max(SUMMON_HOLD_MAX_MS),
    at: TimestampSchema,
  })
  .nullable();
export type Summon = z.infer<typeof SummonSchema>;

export function readSummon(control: Y.Doc): Summon {
  return readControlValue(controlMap(control), ControlKey.summon, SummonSchema, null);
}

/** Summons everyone to `view` as seen on a canvas of `size` (facilitators, in the control room). */
export function summonEveryone(
  control: Y.Doc,
  leader: { personId: string; name: string },
  view: { viewport: Viewport; size: { w: number; h: number } },
  options: { holdMs: number; now: number; id: string },
): void {
  const { viewport, size } = view;
  const centre = {
    x: viewport.x + size.w / 2 / viewport.zoom,
    y: viewport.y + size.h / 2 / viewport.zoom,
  };
  writeControlValue(controlMap(control), ControlKey.summon, SummonSchema, {
    id: options.id,
    leaderId: leader.personId,
    leaderName: leader.name,
    centre,
    zoom: viewport.zoom,
    holdMs: options.holdMs,
    at: new Date(options.now).toISOString(),
  });
}

/** The viewport that puts the summons' centre in the middle of a canvas of `size`. */
export function summonedViewport(
  summon: NonNullable<Summon>,
  size: { w: number; h: number },
): Viewport {
  return {
    x: summon.centre.x - size.w / 2 / summon.zoom,
    y: summon.centre.y - size.h / 2 / summon.zoom,
    zoom: summon.zoom,
  };
}
