import { Mark, mergeAttributes } from "@tiptap/core";
import { z } from "zod";

/**
 * Suggestions ("Suggerimenti") are marks on the text: an `insertion` on text someone proposes
 * to add, a `deletion` on text someone proposes to remove. Their attributes say who and when;
 * with y-prosemirror a mark is a formatting attribute of the Y.XmlText, keyed by the mark's
 * name, whose value is these attributes, so the server checks them against the connection
 * (server/src/sync/rules/suggestion-changes.ts) and the freeze and exports read them.
 *
 * Not `@handlewithcare/prosemirror-suggest-changes`: its marks carry only a numeric id (the
 * author and time would live outside the text, where the server cannot check them against the
 * update), and its block-level suggestions need marks on every block node of the schema.
 */
export const SUGGESTION_MARK = {
  insertion: "insertion",
  deletion: "deletion",
} as const;
export type SuggestionKind = keyof typeof SUGGESTION_MARK;

export const SuggestionAttrsSchema = z.object({
  /** Shared by the pieces of one suggestion (one typing run, one deleted range). */
  id: z.string().min(1).max(64),
  authorId: z.string().min(1).max(64),
  authorName: z.string().max(200),
  organisationId: z.string().min(1).max(64).nullable(),
  createdAt: z.string().max(40),
});
export type SuggestionAttrs = z.infer<typeof SuggestionAttrsSchema>;

/** The suggestion kind a mark or formatting key names, or null for any other mark. */
export function suggestionKindOf(markName: string): SuggestionKind | null {
  const base = markName.split("--")[0];
  if (base === SUGGESTION_MARK.insertion) return "insertion";
  if (base === SUGGESTION_MARK.deletion) return "deletion";
  return null;
}

/** A suggestion's attributes read from untrusted data, or null. */
export function readSuggestionAttrs(value: unknown): SuggestionAttrs | null {
  const parsed = SuggestionAttrsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether `value` is a suggestion made by `actor` (person and organisation). */
export function isSuggestionBy(
  value: unknown,
  actor: { personId: string; organisationId: string | null },
): boolean {
  const attrs = readSuggestionAttrs(value);
  return (
    attrs !== null &&
    attrs.authorId === actor.personId &&
    attrs.organisationId === actor.organisationId
  );
}

function suggestionAttributes() {
  const attribute = (name: keyof SuggestionAttrs) => ({
    default: null,
    parseHTML: (element: { getAttribute(name: string): string | null }) =>
      element.getAttribute(`data-${name.toLowerCase()}`),
    renderHTML: (attributes: Record<string, unknown>) => ({
      [`data-${name.toLowerCase()}`]: attributes[name],
    }),
  });
  return {
    id: attribute("id"),
    authorId: attribute("authorId"),
    authorName: attribute("authorName"),
    organisationId: attribute("organisationId"),
    createdAt: attribute("createdAt"),
  };
}

/** The tooltip of a suggestion in the text: who proposed it, and when (ISO, read as is). */
function suggestionTitle(attrs: Record<string, unknown>): string {
  const when =
    typeof attrs.createdAt === "string" ? attrs.createdAt.slice(0, 16).replace("T", " ") : "";
  return `${String(attrs.authorName ?? "")} · ${when}`;
}

/** Text proposed for insertion: shown underlined, not part of the canonical text yet. */
export const SuggestionInsertion = Mark.create({
  name: SUGGESTION_MARK.insertion,
  inclusive: false,
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: "ins[data-id]" }],
  renderHTML: ({ HTMLAttributes, mark }) => [
    "ins",
    mergeAttributes(HTMLAttributes, {
      class: "suggestion suggestion-insertion",
      title: suggestionTitle(mark.attrs),
    }),
    0,
  ],
});

/** Text proposed for deletion: shown struck through, still part of the canonical text. */
export const SuggestionDeletion = Mark.create({
  name: SUGGESTION_MARK.deletion,
  inclusive: false,
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: "del[data-id]" }],
  renderHTML: ({ HTMLAttributes, mark }) => [
    "del",
    mergeAttributes(HTMLAttributes, {
      class: "suggestion suggestion-deletion",
      title: suggestionTitle(mark.attrs),
    }),
    0,
  ],
});
