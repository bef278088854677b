import type { Role } from "../domain/roles.ts";
import type { RefusalRule } from "../sync/refusals.ts";

/** The connection's person as the comment rules see them: from the membership. */
export interface CommentActor {
  personId: string;
  /** The name the person goes by now: a new author or resolver field must carry it. */
  displayName: string;
  organisationId: string | null;
  role: Role;
}

/** One comment thread as one update would leave it (see comments.ts for its keys). */
export interface ThreadEdit {
  /** Its keys in the server's document; null when it does not exist there. */
  before: Readonly<Record<string, unknown>> | null;
  /** Its keys with the update applied; null when the update deletes the thread. */
  after: Readonly<Record<string, unknown>> | null;
  /** Keys the update writes or deletes (every key when it replaces the thread). */
  changed: ReadonlySet<string>;
  /** Replies the update appends, and replies (as stored) it removes. */
  repliesAdded: readonly unknown[];
  repliesRemoved: readonly unknown[];
}

/** What only the opening comment's author may change. */
const AUTHOR_KEYS = new Set([
  "anchorStart",
  "anchorEnd",
  "quote",
  "sectionKey",
  "body",
  "mentions",
]);
const IMMUTABLE_KEYS = new Set(["author", "createdAt"]);

function personIdOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const personId = (value as { personId?: unknown }).personId;
  return typeof personId === "string" ? personId : null;
}

function organisationIdOf(value: unknown): string | null | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const organisationId = (value as { organisationId?: unknown }).organisationId;
  return typeof organisationId === "string" || organisationId === null ? organisationId : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === "string" ? name : undefined;
}

/**
 * A person field (author, resolver) names the connection's person, under their current name,
 * and their organisation: a comment cannot be shown under someone else's name.
 */
export function isActor(actor: CommentActor, person: unknown): boolean {
  return (
    personIdOf(person) === actor.personId &&
    nameOf(person) === actor.displayName &&
    organisationIdOf(person) === actor.organisationId
  );
}

/**
 * Who may resolve or reopen a thread: the people in it — its author, those it mentions and
 * those who replied — and facilitators, who run the table. Anyone else asks in a reply.
 */
export function canResolveThread(
  actor: CommentActor,
  thread: Readonly<Record<string, unknown>>,
  replies: readonly unknown[],
): boolean {
  if (actor.role === "facilitatore") return true;
  if (personIdOf(thread.author) === actor.personId) return true;
  const mentions = Array.isArray(thread.mentions) ? thread.mentions : [];
  const people = [...mentions, ...replies.map((reply) => (reply as { author?: unknown })?.author)];
  return people.some((person) => personIdOf(person) === actor.personId);
}

/**
 * Whether `actor` may make `edit` to a thread; the rule broken, or null. Comments and replies
 * are changed or deleted by their authors only (facilitators included: a comment stays its
 * author's words); every author and resolver field is the connection's person.
 */
export function checkThreadEdit(
  actor: CommentActor,
  edit: ThreadEdit,
  replies: readonly unknown[],
): RefusalRule | null {
  const { before, after } = edit;
  if (edit.repliesAdded.some((reply) => !isActor(actor, (reply as { author?: unknown })?.author))) {
    return "identity";
  }
  const removesOthers = edit.repliesRemoved.some(
    (reply) => personIdOf((reply as { author?: unknown })?.author) !== actor.personId,
  );
  if (removesOthers) return "not-author";
  if (!after) {
    return before && personIdOf(before.author) !== actor.personId ? "not-author" : null;
  }
  if (!before) return isActor(actor, after.author) ? null : "identity";
  const isAuthor = personIdOf(before.author) === actor.personId;
  for (const key of edit.changed) {
    if (before[key] === after[key]) continue;
    if (IMMUTABLE_KEYS.has(key)) return "immutable";
    if (AUTHOR_KEYS.has(key)) {
      if (!isAuthor) return "not-author";
    } else if (key === "resolution") {
      if (!canResolveThread(actor, before, replies)) return "not-author";
      if (!isActor(actor, (after.resolution as { by?: unknown } | undefined)?.by)) {
        return "identity";
      }
    } else if (key === "replies") {
      // Only a thread without its replies list may be given one (replyToThread does so).
      if (before.replies !== undefined) return "not-author";
    } else {
      return "unknown-content";
    }
  }
  return null;
}
