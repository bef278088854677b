import type { CommentMention } from "./comments.ts";

/** Someone who can be mentioned: a member of the procedure. */
export interface MentionablePerson {
  personId: string;
  name: string;
}

/**
 * The people a comment mentions: every "@Full Name" of a member of the procedure, matched
 * case-insensitively, longest name first (so "@Anna Maria Rossi" is not read as "@Anna Maria"),
 * each person once, in the order they appear. An "@" that names nobody is just text.
 */
export function parseMentions(
  body: string,
  people: readonly MentionablePerson[],
): CommentMention[] {
  const byLength = [...people]
    .filter((person) => person.name.trim() !== "")
    .sort((a, b) => b.name.length - a.name.length);
  const lower = body.toLocaleLowerCase("it");
  const found = new Map<string, { mention: CommentMention; at: number }>();
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    const person = byLength.find((candidate) => {
      const name = candidate.name.toLocaleLowerCase("it");
      return lower.startsWith(name, at + 1) && !isNameCharacter(lower[at + 1 + name.length]);
    });
    if (person && !found.has(person.personId)) {
      found.set(person.personId, { mention: { personId: person.personId, name: person.name }, at });
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map((entry) => entry.mention);
}

/** A letter or digit right after a name means the name goes on ("@Anna" in "@Annalisa"). */
function isNameCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** A piece of a comment's text: plain, or a mention to show as a name. */
export type CommentSegment =
  | { kind: "text"; text: string }
  | { kind: "mention"; text: string; personId: string };

/**
 * A comment's text cut into plain pieces and the "@Name" of the people it mentions, for the
 * interface to show mentions as names.
 */
export function commentSegments(
  body: string,
  mentions: readonly CommentMention[],
): CommentSegment[] {
  const segments: CommentSegment[] = [];
  const lower = body.toLocaleLowerCase("it");
  const byLength = [...mentions].sort((a, b) => b.name.length - a.name.length);
  let plainFrom = 0;
  let at = lower.indexOf("@");
  while (at !== -1) {
    const mention = byLength.find((candidate) =>
      lower.startsWith(candidate.name.toLocaleLowerCase("it"), at + 1),
    );
    if (mention) {
      if (at > plainFrom) segments.push({ kind: "text", text: body.slice(plainFrom, at) });
      const end = at + 1 + mention.name.length;
      segments.push({ kind: "mention", text: `@${mention.name}`, personId: mention.personId });
      plainFrom = end;
      at = lower.indexOf("@", end);
    } else {
      at = lower.indexOf("@", at + 1);
    }
  }
  if (plainFrom < body.length) segments.push({ kind: "text", text: body.slice(plainFrom) });
  return segments;
}
