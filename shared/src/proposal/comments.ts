import * as Y from "yjs";
import { z } from "zod";
import { documentComments } from "./document-shape.ts";

/**
 * Comment threads of a document, in the `comments` map (never part of the frozen text). One
 * nested Y.Map per thread, so a reply and a resolve made at once both survive; the replies are
 * a Y.Array of plain records, so two people replying at once both keep theirs. Keys of a thread:
 *
 * - `anchorStart`, `anchorEnd`  Uint8Array: encoded Yjs relative positions into `content`
 *                               (comment-anchor.ts), so the range follows the text as it is edited
 * - `quote`                     the text selected when the thread was opened
 * - `sectionKey`                the section it was opened in (null: before any section heading)
 * - `author`, `createdAt`, `body`, `mentions`  the opening comment
 * - `resolution`                { resolved, by, at } of the last resolve or reopen; absent: open
 * - `replies`                   Y.Array of { id, author, createdAt, body, mentions }
 */

export const MAX_COMMENT_LENGTH = 4000;
export const MAX_COMMENT_QUOTE = 500;
const MAX_MENTIONS = 30;

const IdSchema = z.string().min(1).max(64);
const NameSchema = z.string().min(1).max(200);
const TimeSchema = z.string().datetime();

export const CommentPersonSchema = z.object({
  personId: IdSchema,
  name: NameSchema,
  organisationId: IdSchema.nullable(),
});
/** Who wrote, resolved or reopened: names are kept so a person who left still reads well. */
export type CommentPerson = z.infer<typeof CommentPersonSchema>;

export const CommentMentionSchema = z.object({ personId: IdSchema, name: NameSchema });
export type CommentMention = z.infer<typeof CommentMentionSchema>;

export const CommentBodySchema = z.string().trim().min(1).max(MAX_COMMENT_LENGTH);

export const CommentReplySchema = z.object({
  id: IdSchema,
  author: CommentPersonSchema,
  createdAt: TimeSchema,
  body: CommentBodySchema,
  mentions: z.array(CommentMentionSchema).max(MAX_MENTIONS),
});
export type CommentReply = z.infer<typeof CommentReplySchema>;

export const CommentResolutionSchema = z.object({
  resolved: z.boolean(),
  by: CommentPersonSchema,
  at: TimeSchema,
});
export type CommentResolution = z.infer<typeof CommentResolutionSchema>;

/** Encoded Yjs relative positions of the commented range's two ends. */
export interface CommentAnchor {
  start: Uint8Array;
  end: Uint8Array;
}

const EncodedPositionSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.length > 0 && value.length <= 256,
  "expected an encoded relative position",
);

export const CommentAnchorSchema = z.object({
  start: EncodedPositionSchema,
  end: EncodedPositionSchema,
});

export const CommentThreadSchema = z.object({
  id: IdSchema,
  anchor: CommentAnchorSchema,
  quote: z.string().max(MAX_COMMENT_QUOTE),
  sectionKey: IdSchema.nullable(),
  author: CommentPersonSchema,
  createdAt: TimeSchema,
  body: CommentBodySchema,
  mentions: z.array(CommentMentionSchema).max(MAX_MENTIONS),
  resolution: CommentResolutionSchema.nullable(),
  replies: z.array(CommentReplySchema),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

/** A thread is resolved when its last resolve/reopen said so. */
export function isResolved(thread: CommentThread): boolean {
  return thread.resolution?.resolved === true;
}

/** Fixed ids and clock for tests; the app uses a random UUID and the local clock. */
export interface CommentWriteOptions {
  newId?: () => string;
  now?: number;
}

function timeOf(options: CommentWriteOptions): string {
  return new Date(options.now ?? Date.now()).toISOString();
}

function stamp(options: CommentWriteOptions): { id: string; at: string } {
  const id = options.newId ? options.newId() : crypto.randomUUID();
  return { id, at: timeOf(options) };
}

/** Replies that fail the schema are left out one by one: a bad reply hides no good one. */
function readReplies(value: unknown): CommentReply[] {
  if (!(value instanceof Y.Array)) return [];
  const replies: CommentReply[] = [];
  for (const entry of value.toArray()) {
    const parsed = CommentReplySchema.safeParse(entry);
    if (parsed.success) replies.push(parsed.data);
  }
  return replies;
}

/** One thread, or null when the entry is not a Y.Map or is malformed (it is then ignored). */
export function readThread(doc: Y.Doc, threadId: string): CommentThread | null {
  const map = documentComments(doc).get(threadId);
  if (!(map instanceof Y.Map)) return null;
  const parsed = CommentThreadSchema.safeParse({
    id: threadId,
    anchor: { start: map.get("anchorStart"), end: map.get("anchorEnd") },
    quote: map.get("quote"),
    sectionKey: map.get("sectionKey"),
    author: map.get("author"),
    createdAt: map.get("createdAt"),
    body: map.get("body"),
    mentions: map.get("mentions"),
    resolution: map.get("resolution") ?? null,
    replies: readReplies(map.get("replies")),
  });
  return parsed.success ? parsed.data : null;
}

/** Every valid thread, oldest first (ties by id, so every client lists them alike). */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  for (const id of documentComments(doc).keys()) {
    const thread = readThread(doc, id);
    if (thread) threads.push(thread);
  }
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export const NewCommentThreadSchema = CommentThreadSchema.pick({
  anchor: true,
  quote: true,
  sectionKey: true,
  author: true,
  body: true,
  mentions: true,
});
export type NewCommentThread = z.input<typeof NewCommentThreadSchema>;

/** Opens a thread on a range of the text; returns its id. The quote is cut to its limit. */
export function createThread(
  doc: Y.Doc,
  input: NewCommentThread,
  options: CommentWriteOptions = {},
): string {
  const valid = NewCommentThreadSchema.parse({
    ...input,
    quote: input.quote.slice(0, MAX_COMMENT_QUOTE),
  });
  const { id, at } = stamp(options);
  doc.transact(() => {
    const thread = new Y.Map<unknown>([
      ["anchorStart", valid.anchor.start],
      ["anchorEnd", valid.anchor.end],
      ["quote", valid.quote],
      ["sectionKey", valid.sectionKey],
      ["author", valid.author],
      ["createdAt", at],
      ["body", valid.body],
      ["mentions", valid.mentions],
      ["replies", new Y.Array<unknown>()],
    ]);
    documentComments(doc).set(id, thread);
  });
  return id;
}

function threadMap(doc: Y.Doc, threadId: string): Y.Map<unknown> {
  if (!readThread(doc, threadId)) throw new Error(`no comment thread "${threadId}"`);
  const map = documentComments(doc).get(threadId);
  if (!(map instanceof Y.Map)) throw new Error(`no comment thread "${threadId}"`);
  return map;
}

export const NewCommentReplySchema = CommentReplySchema.pick({
  author: true,
  body: true,
  mentions: true,
});
export type NewCommentReply = z.input<typeof NewCommentReplySchema>;

/** Adds a reply at the end of a thread; returns the reply's id. */
export function replyToThread(
  doc: Y.Doc,
  threadId: string,
  input: NewCommentReply,
  options: CommentWriteOptions = {},
): string {
  const valid = NewCommentReplySchema.parse(input);
  const { id, at } = stamp(options);
  const map = threadMap(doc, threadId);
  doc.transact(() => {
    let replies = map.get("replies");
    if (!(replies instanceof Y.Array)) {
      replies = new Y.Array<unknown>();
      map.set("replies", replies);
    }
    if (replies instanceof Y.Array) replies.push([{ id, ...valid, createdAt: at }]);
  });
  return id;
}

function setResolution(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  by: CommentPerson,
  options: CommentWriteOptions,
): void {
  const resolution = CommentResolutionSchema.parse({ resolved, by, at: timeOf(options) });
  threadMap(doc, threadId).set("resolution", resolution);
}

/** Marks a thread resolved, recording who and when. */
export function resolveThread(
  doc: Y.Doc,
  threadId: string,
  by: CommentPerson,
  options: CommentWriteOptions = {},
): void {
  setResolution(doc, threadId, true, by, options);
}

/** Opens a resolved thread again, recording who and when. */
export function reopenThread(
  doc: Y.Doc,
  threadId: string,
  by: CommentPerson,
  options: CommentWriteOptions = {},
): void {
  setResolution(doc, threadId, false, by, options);
}

/** True when the opening comment or any reply mentions the person. */
export function mentionsPerson(thread: CommentThread, personId: string): boolean {
  return [thread, ...thread.replies].some((message) =>
    message.mentions.some((mention) => mention.personId === personId),
  );
}

export interface SectionThreads {
  sectionKey: string | null;
  threads: CommentThread[];
}

/**
 * Threads grouped by section, in the order of `sectionOrder` (the template's); threads before
 * any section come first, threads of sections not in the order (a retired section) last.
 */
export function threadsBySection(
  threads: readonly CommentThread[],
  sectionOrder: readonly string[],
): SectionThreads[] {
  const rank = (key: string | null) => {
    if (key === null) return -1;
    const index = sectionOrder.indexOf(key);
    return index === -1 ? sectionOrder.length : index;
  };
  const groups = new Map<string | null, CommentThread[]>();
  for (const thread of threads) {
    groups.set(thread.sectionKey, [...(groups.get(thread.sectionKey) ?? []), thread]);
  }
  return [...groups.entries()]
    .map(([sectionKey, list]) => ({ sectionKey, threads: list }))
    .sort((a, b) => rank(a.sectionKey) - rank(b.sectionKey));
}
