/**
 * Why the server refused an update inside a room (see `CloseCode.updateRefused`): the close
 * reason carries one of these codes, and the client explains it in Italian. The rules
 * themselves are pure functions beside the shapes they guard (board/board-rules.ts,
 * proposal/comment-rules.ts) so the API and the room validator ask the same policy.
 */
export const REFUSAL_RULES = [
  /** The board, or a frame the change enters, leaves or touches, is locked. */
  "locked",
  /** Only the author (or, on boards, a facilitator) may change or delete it. */
  "not-author",
  /** An author, resolver or presence field names someone other than the connection's person. */
  "identity",
  /** Authorship and creation time never change. */
  "immutable",
  /** Frames, labels, the board's template and settings are the facilitator's. */
  "facilitators-only",
  /**
   * A section is written directly by its organisation's people and facilitators (and nobody
   * once closed); the others suggest, and only those who review settle suggestions.
   */
  "section-owned",
  /** A field or place the room's shape does not have. */
  "unknown-content",
  /** The update refers to content the server does not have, so it cannot be checked. */
  "unverifiable",
  /** A closed section takes suggestions only: nobody writes it directly. */
  "section-closed",
  /** A dot for a vote that is not open, or beyond the ballot's dots or the limit per note. */
  "vote-budget",
] as const;
export type RefusalRule = (typeof REFUSAL_RULES)[number];

/** The close reason for a refusal: `refused:<rule>`, well under the 123-byte limit. */
export function refusalReason(rule: RefusalRule): string {
  return `refused:${rule}`;
}

/** The rule named by a close reason, or null for any other reason. */
export function refusalRuleOf(reason: string): RefusalRule | null {
  const rule = reason.startsWith("refused:") ? reason.slice("refused:".length) : "";
  return (REFUSAL_RULES as readonly string[]).includes(rule) ? (rule as RefusalRule) : null;
}
