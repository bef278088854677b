import type { MentionablePerson } from "@tavolo/shared";

/** The "@..." being typed just before the caret: where it starts and what follows the @. */
export interface MentionQuery {
  at: number;
  text: string;
}

const QUERY = /(^|\s)@([\p{L}\p{N}'. -]{0,40})$/u;
const MAX_SUGGESTIONS = 6;

/** The mention being typed at `caret`, or null when the caret is not right after one. */
export function mentionQueryAt(value: string, caret: number): MentionQuery | null {
  const match = QUERY.exec(value.slice(0, caret));
  if (!match) return null;
  const text = match[2] ?? "";
  return { at: caret - text.length - 1, text };
}

/** People whose name starts with the query, then those with a word that does. */
export function mentionSuggestions(
  people: readonly MentionablePerson[],
  query: MentionQuery,
): MentionablePerson[] {
  const wanted = query.text.trim().toLocaleLowerCase("it");
  const score = (person: MentionablePerson) => {
    const name = person.name.toLocaleLowerCase("it");
    if (name.startsWith(wanted)) return 0;
    return name.split(/\s+/).some((word) => word.startsWith(wanted)) ? 1 : 2;
  };
  return people
    .filter((person) => score(person) < 2)
    .sort((a, b) => score(a) - score(b) || a.name.localeCompare(b.name, "it"))
    .slice(0, MAX_SUGGESTIONS);
}

/** The text with the query replaced by "@Full Name ", and where the caret goes after it. */
export function insertMention(
  value: string,
  caret: number,
  query: MentionQuery,
  person: MentionablePerson,
): { value: string; caret: number } {
  const inserted = `@${person.name} `;
  return {
    value: value.slice(0, query.at) + inserted + value.slice(caret),
    caret: query.at + inserted.length,
  };
}
