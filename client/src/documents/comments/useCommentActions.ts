import type { Editor } from "@tiptap/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ThreadFocus } from "./CommentsPanel.tsx";
import { type CommentDraft, draftFromSelection } from "./commentDraft.ts";
import { threadAt } from "./commentHighlights.ts";

/**
 * What the editor and the comments panel share: the comment being written, the hint when
 * nothing is selected, and the thread to bring forward. "Commenta" on highlighted text with no
 * selection goes to that text's thread; on a selection it starts a new one (if one may write).
 */
export function useCommentActions(editable: boolean) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [notice, setNotice] = useState("");
  const [focus, setFocus] = useState<ThreadFocus | null>(null);

  const start = (editor: Editor) => {
    const { selection } = editor.state;
    const onThread = selection.empty ? threadAt(editor.state, selection.from) : null;
    if (onThread) {
      setFocus({ threadId: onThread, moveFocus: true });
      return;
    }
    if (!editable) return;
    const next = draftFromSelection(editor);
    setDraft(next);
    setNotice(next ? "" : t("documents.comments.selectFirst"));
  };

  /** The composer closed: show the new thread, or give the text its focus back. */
  const draftDone = (editor: Editor, threadId: string | null) => {
    setDraft(null);
    if (threadId) setFocus({ threadId, moveFocus: true });
    else editor.commands.focus();
  };

  return {
    draft,
    notice,
    focus,
    start,
    draftDone,
    /** A click on highlighted text: light its thread up without moving the focus. */
    showThread: (threadId: string) => setFocus({ threadId, moveFocus: false }),
    focusHandled: () => setFocus(null),
  };
}
