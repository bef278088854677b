import type { BoardFrame } from "./frames.ts";
import { isCentreInside, type Rect } from "./geometry.ts";
import type { VoteScope } from "./voting.ts";

/**
 * What a vote is on, note by note: the rule `eligibleNoteIds` applies to the whole board when
 * counting, here for one note so that each card can say whether it may receive dots without
 * re-reading every other note.
 */

/** The frame a frame vote is on; null for a board vote or when that frame has been deleted. */
export function voteScopeFrame<F extends { id: string }>(
  scope: VoteScope,
  frames: readonly F[],
): F | null {
  if (scope.kind === "board") return null;
  return frames.find((frame) => frame.id === scope.frameId) ?? null;
}

/**
 * Whether a note may receive dots in a vote of this scope: it is visible (a hidden card cannot
 * be judged) and, in a frame vote, its centre lies in that frame — the same geometry that
 * decides which frame a note belongs to. A frame deleted during the vote takes in no note.
 */
export function isNoteInVoteScope(
  scope: VoteScope,
  note: Rect & { hidden: boolean },
  frames: readonly BoardFrame[],
): boolean {
  if (note.hidden) return false;
  if (scope.kind === "board") return true;
  const frame = voteScopeFrame(scope, frames);
  return frame !== null && isCentreInside(note, frame);
}
