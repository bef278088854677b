import {
  DEFAULT_SECTION_STATUS,
  type Role,
  type SectionMeta,
  type SectionRights,
  type SectionStatus,
  sectionRights,
} from "@tavolo/shared";
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useState } from "react";
import { type SuggestionModeOptions, sectionAt } from "./suggestionMode.ts";

interface Me {
  personId: string;
  role: Role;
  organisationId: string | null;
}

/** Options for an editor built once, reading the page's current ones through `ref`. */
export function delegatingOptions(ref: { current: SuggestionModeOptions }): SuggestionModeOptions {
  return {
    author: () => ref.current.author(),
    activeIn: (key) => ref.current.activeIn(key),
  };
}

/** Suggestion mode off, until the page sets the person's own options. */
export const NO_SUGGESTIONS: SuggestionModeOptions = {
  author: () => ({ authorId: "", authorName: "", organisationId: null }),
  activeIn: () => false,
};

/**
 * Who may do what where, and whether suggestion mode is on at the cursor: chosen with the
 * toggle, or forced in a section this person may not write directly (`statuses`: the sign-off
 * states; a closed section is written by nobody directly).
 */
export function useSuggestionMode(
  editor: Editor | null,
  me: Me,
  name: string,
  meta: Readonly<Record<string, SectionMeta>>,
  ref: { current: SuggestionModeOptions },
  statuses: Readonly<Record<string, SectionStatus>> = {},
) {
  const [chosen, setChosen] = useState(false);
  const [cursorSection, setCursorSection] = useState<string | null>(null);
  const rightsIn = useCallback(
    (key: string | null): SectionRights =>
      sectionRights(
        (key === null ? undefined : statuses[key]) ?? DEFAULT_SECTION_STATUS,
        key === null ? null : (meta[key]?.assignedOrganisationId ?? null),
        me,
      ),
    [meta, me, statuses],
  );
  ref.current = {
    author: () => ({ authorId: me.personId, authorName: name, organisationId: me.organisationId }),
    activeIn: (key) => chosen || !rightsIn(key).writeDirectly,
  };
  useEffect(() => {
    if (!editor) return;
    const update = () => setCursorSection(sectionAt(editor.state.doc, editor.state.selection.from));
    update();
    editor.on("selectionUpdate", update);
    return () => {
      editor.off("selectionUpdate", update);
    };
  }, [editor]);
  return {
    chosen,
    setChosen,
    forced: !rightsIn(cursorSection).writeDirectly,
    /** The cursor's section is closed: suggestions only, whoever writes. */
    closedHere: cursorSection !== null && statuses[cursorSection] === "chiusa",
    canReview: (key: string | null) => rightsIn(key).review,
  };
}
