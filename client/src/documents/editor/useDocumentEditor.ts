import type { PresenceUser, ProposalTemplate } from "@tavolo/shared";
import { type Editor, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Room } from "../../sync/useRoom.ts";
import type { SuggestionModeOptions } from "../suggestions/suggestionMode.ts";
import { cleanPastedHtml } from "./cleanPastedHtml.ts";
import { documentEditorExtensions } from "./documentEditorExtensions.ts";
import { withoutStructure } from "./pastedStructure.ts";

interface DocumentEditorOptions {
  room: Room;
  user: PresenceUser;
  template: ProposalTemplate | null;
  editable: boolean;
  onLinkShortcut: () => void;
  onCommentShortcut: () => void;
  onOpenThread: (threadId: string) => void;
  suggestion: SuggestionModeOptions;
}

/**
 * The Tiptap editor of a document room, created once per room, after the first sync: bound
 * earlier, it would show an empty document and could write into it before the stored text
 * arrives. Editable follows the person's access as it changes.
 */
export function useDocumentEditor(options: DocumentEditorOptions): Editor {
  const { t } = useTranslation();
  const linkShortcut = useRef(options.onLinkShortcut);
  linkShortcut.current = options.onLinkShortcut;
  // The editor is built once: its callbacks reach the page's current handlers through refs.
  const commentShortcut = useRef(options.onCommentShortcut);
  commentShortcut.current = options.onCommentShortcut;
  const openThread = useRef(options.onOpenThread);
  openThread.current = options.onOpenThread;
  const editor = useEditor(
    {
      extensions: documentEditorExtensions({
        doc: options.room.doc,
        provider: options.room.provider,
        user: options.user,
        template: options.template,
        onLinkShortcut: () => linkShortcut.current(),
        onCommentShortcut: () => commentShortcut.current(),
        onOpenThread: (threadId) => openThread.current(threadId),
        suggestion: options.suggestion,
      }),
      editable: options.editable,
      editorProps: {
        transformPastedHTML: cleanPastedHtml,
        transformPasted: withoutStructure,
        attributes: {
          class: "tavolo-doc__text",
          "aria-label": t("documents.editor.label"),
          "aria-multiline": "true",
          role: "textbox",
          spellcheck: "true",
          lang: "it",
        },
      },
    },
    [options.room],
  );
  useEffect(() => {
    if (editor.isEditable !== options.editable) editor.setEditable(options.editable);
  }, [editor, options.editable]);
  return editor;
}
