import {
  DOCUMENT_CONTENT_FIELD,
  DOCUMENT_NODE,
  documentExtensions,
  type PresenceUser,
  type ProposalTemplate,
  SectionHeading,
  StructuredBlock,
} from "@tavolo/shared";
import { Extension, type Extensions } from "@tiptap/core";
import { Collaboration } from "@tiptap/extension-collaboration";
import { CollaborationCaret } from "@tiptap/extension-collaboration-caret";
import { ReactNodeViewRenderer } from "@tiptap/react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { StructuredBlockView } from "../blocks/StructuredBlockView.tsx";
import { CommentHighlights } from "../comments/commentHighlights.ts";
import { SectionHeadingView } from "../sections/SectionHeadingView.tsx";
import { SuggestionMode, type SuggestionModeOptions } from "../suggestions/suggestionMode.ts";
import { renderCaret } from "./caret.ts";
import { ProtectStructure } from "./protectStructure.ts";
import { SectionFilterExtension } from "./sectionFilter.ts";
import { SectionGuidance } from "./sectionGuidance.ts";

export interface EditorSetup {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: PresenceUser;
  template: ProposalTemplate | null;
  /** Ctrl/Cmd+K: the toolbar opens its link field. */
  onLinkShortcut: () => void;
  /** Ctrl/Cmd+Alt+M: comment on the selection. */
  onCommentShortcut: () => void;
  /** A click on a comment's highlighted text. */
  onOpenThread: (threadId: string) => void;
  /** Who suggests, and where suggestion mode is on. */
  suggestion: SuggestionModeOptions;
}

/** Ctrl/Cmd+K, the usual shortcut for a link, handed to the toolbar's link field. */
function linkShortcut(onLinkShortcut: () => void) {
  return Extension.create({
    name: "tavoloLinkShortcut",
    addKeyboardShortcuts: () => ({
      "Mod-k": () => {
        onLinkShortcut();
        return true;
      },
    }),
  });
}

/**
 * The editor of a document room: the shared schema (documentExtensions) with React views for
 * section headings and structured blocks, bound to the room's Y.Doc by Collaboration (whose
 * undo reverts only this person's edits), others' carets from awareness, each section's
 * guidance as a placeholder (SectionGuidance: Tiptap's Placeholder cannot see a node's
 * neighbours), and sections and blocks that cannot be deleted. No trailing node: it would make every client that opens
 * the document write an empty paragraph of its own.
 */
export function documentEditorExtensions(setup: EditorSetup): Extensions {
  const shared = documentExtensions({
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
    },
  }).map((extension) => {
    if (extension.name === DOCUMENT_NODE.sectionHeading) {
      return SectionHeading.extend({
        addNodeView: () => ReactNodeViewRenderer(SectionHeadingView),
      });
    }
    if (extension.name === DOCUMENT_NODE.structuredBlock) {
      return StructuredBlock.extend({
        addNodeView: () => ReactNodeViewRenderer(StructuredBlockView),
      });
    }
    return extension;
  });
  return [
    ...shared,
    Collaboration.configure({ document: setup.doc, field: DOCUMENT_CONTENT_FIELD }),
    CollaborationCaret.configure({
      provider: setup.provider,
      user: setup.user,
      render: renderCaret,
    }),
    SectionGuidance.configure({ template: setup.template }),
    SectionFilterExtension,
    ProtectStructure,
    SuggestionMode.configure(setup.suggestion),
    linkShortcut(setup.onLinkShortcut),
    CommentHighlights.configure({
      doc: setup.doc,
      onCommentShortcut: setup.onCommentShortcut,
      onOpenThread: setup.onOpenThread,
    }),
  ];
}
