import { authorsHidden, readAnonymity, withAuthorsHidden } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "../boardContext.ts";
import { useDocValue } from "../yHooks.ts";

const readHidden = (control: Y.Doc) => authorsHidden(readAnonymity(control));

/** Whether anonymous mode hides authors now, and in which language to say "Nome nascosto". */
export function useAuthorsHidden(): { hidden: boolean; lang: "it" | "en" } {
  const { i18n } = useTranslation();
  const hidden = useDocValue(useBoard().rooms.control.doc, readHidden);
  return { hidden, lang: i18n.language.startsWith("en") ? "en" : "it" };
}

/** A note as this screen may show it: its author hidden in anonymous mode. */
export function useShownAuthor() {
  const { hidden, lang } = useAuthorsHidden();
  return <T extends { authorName: string; organisationId: string | null }>(note: T): T =>
    withAuthorsHidden([note], hidden, lang)[0] ?? note;
}
