import type { SectionMeta } from "@tavolo/shared";
import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { sectionFilterKey } from "../editor/sectionFilter.ts";

/**
 * "Le mie sezioni": whether the editor shows only the sections assigned to this person's
 * organisation. Follows assignments as the facilitator changes them.
 */
export function useSectionFilter(
  editor: Editor,
  meta: Readonly<Record<string, SectionMeta>>,
  organisationId: string | null,
): [boolean, (on: boolean) => void] {
  const [onlyMine, setOnlyMine] = useState(false);
  const active = onlyMine && organisationId !== null;
  const wasActive = useRef(false);
  useEffect(() => {
    // Off and off again: nothing to tell the editor when only the assignments changed.
    if (editor.isDestroyed || (!active && !wasActive.current)) return;
    wasActive.current = active;
    const visible = new Set(
      Object.entries(meta)
        .filter(([, section]) => section.assignedOrganisationId === organisationId)
        .map(([key]) => key),
    );
    editor.view.dispatch(editor.state.tr.setMeta(sectionFilterKey, active ? { visible } : null));
  }, [editor, meta, organisationId, active]);
  return [active, setOnlyMine];
}
