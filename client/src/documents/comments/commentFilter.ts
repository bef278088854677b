import { type CommentThread, isResolved, mentionsPerson } from "@tavolo/shared";

export const COMMENT_FILTERS = ["open", "resolved", "mentions"] as const;
/** Aperti, risolti, or (open or not) those that mention me. */
export type CommentFilter = (typeof COMMENT_FILTERS)[number];

export function filterThreads(
  threads: readonly CommentThread[],
  filter: CommentFilter,
  personId: string,
): CommentThread[] {
  return threads.filter((thread) => {
    if (filter === "mentions") return mentionsPerson(thread, personId);
    return filter === "resolved" ? isResolved(thread) : !isResolved(thread);
  });
}
