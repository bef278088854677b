import { can, findProposalTemplate, type PresenceUser, readDocumentMeta } from "@tavolo/shared";
import { EditorContent } from "@tiptap/react";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProcedure } from "../procedure/useProcedure.ts";
import type { Room } from "../sync/useRoom.ts";
import { InsertFromBoard } from "./board-insert/InsertFromBoard.tsx";
import { useStaleBoardQuotes } from "./board-insert/useStaleBoardQuotes.ts";
import { CommentsPanel } from "./comments/CommentsPanel.tsx";
import { useCommentActions } from "./comments/useCommentActions.ts";
import {
  DocumentContext,
  type DocumentContextValue,
  SectionStateContext,
} from "./DocumentContext.tsx";
import { DocumentSidebar } from "./DocumentSidebar.tsx";
import { EditorToolbar } from "./editor/EditorToolbar.tsx";
import { useDocumentEditor } from "./editor/useDocumentEditor.ts";
import { SignOffMatrix } from "./sections/SignOffMatrix.tsx";
import { useSectionFilter } from "./sections/useSectionFilter.ts";
import { useSectionSignOff, useSectionStatuses } from "./sections/useSectionSignOff.ts";
import { useSectionCounts, useSectionMeta } from "./sections/useSectionState.ts";
import { SuggestionsPanel } from "./suggestions/SuggestionsPanel.tsx";
import { SuggestionToggle } from "./suggestions/SuggestionToggle.tsx";
import {
  delegatingOptions,
  NO_SUGGESTIONS,
  useSuggestionMode,
} from "./suggestions/useSuggestionMode.ts";
import { useLanguage } from "./useLanguage.ts";

interface DocumentEditorProps {
  room: Room;
  user: PresenceUser;
  /** The connection was refused for good: nothing typed now would be stored. */
  refused: boolean;
}

/** The loaded document: toolbar, text with its sections and blocks, and the side panel. */
export function DocumentEditor({ room, user, refused }: DocumentEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { procedure, me, organisations } = useProcedure();
  const [template] = useState(() => {
    const meta = readDocumentMeta(room.doc);
    return meta ? (findProposalTemplate(meta.templateId) ?? null) : null;
  });
  const editable = !room.readOnly && !refused;
  const [linkOpen, setLinkOpen] = useState(false);
  const [boardOpen, setBoardOpen] = useState(false);
  const comments = useCommentActions(editable);
  const suggestionRef = useRef(NO_SUGGESTIONS);
  const [suggestionOptions] = useState(() => delegatingOptions(suggestionRef));
  const editor = useDocumentEditor({
    room,
    user,
    template,
    editable,
    onLinkShortcut: () => setLinkOpen(true),
    onCommentShortcut: () => comments.start(editor),
    onOpenThread: comments.showThread,
    suggestion: suggestionOptions,
  });
  const counts = useSectionCounts(editor);
  const staleQuotes = useStaleBoardQuotes(editor, room.doc, procedure.id, editable);
  const meta = useSectionMeta(room.doc);
  const [onlyMine, setOnlyMine] = useSectionFilter(editor, meta, me.organisationId);
  const signOff = useSectionSignOff(room.name, room.doc);
  const statuses = useSectionStatuses(signOff.rows);
  const suggesting = useSuggestionMode(editor, me, user.name, meta, suggestionRef, statuses);

  const context = useMemo<DocumentContextValue>(
    () => ({
      doc: room.doc,
      template,
      procedureId: procedure.id,
      editable,
      // Sharing out the sections is part of running the procedure: facilitators do it.
      canAssign: can(me.role, "procedure.edit"),
      organisations,
      myOrganisationId: me.organisationId,
    }),
    [room.doc, template, procedure.id, editable, me, organisations],
  );
  const sectionState = useMemo(() => ({ counts, meta }), [counts, meta]);

  return (
    <DocumentContext.Provider value={context}>
      <SectionStateContext.Provider value={sectionState}>
        <div className="tavolo-doc">
          <div className="tavolo-doc__main">
            {template && (
              <p className="tavolo-doc__template">
                {template.label[language]}
                {template.fundingLine && <span> · {template.fundingLine}</span>}
              </p>
            )}
            {editable && (
              <EditorToolbar
                editor={editor}
                linkOpen={linkOpen}
                onLinkOpen={setLinkOpen}
                onInsertFromBoard={() => setBoardOpen(true)}
                onComment={() => comments.start(editor)}
              />
            )}
            {editable && template?.kind !== "verbale" && (
              <SuggestionToggle
                on={suggesting.chosen}
                forced={suggesting.forced}
                closed={suggesting.closedHere}
                onChange={suggesting.setChosen}
              />
            )}
            {editable && (
              <InsertFromBoard
                editor={editor}
                doc={room.doc}
                open={boardOpen}
                onClose={() => setBoardOpen(false)}
              />
            )}
            {template === null && (
              <p className="alert alert-warning">{t("documents.editor.noTemplate")}</p>
            )}
            {/* The flags sit in the text; this tells a screen reader when one appears. */}
            <p role="status" className="visually-hidden">
              {staleQuotes.length > 0 &&
                t("documents.insertBoard.changedCount", { count: staleQuotes.length })}
            </p>
            <EditorContent editor={editor} className="tavolo-doc__page" />
          </div>
          <DocumentSidebar
            awareness={room.provider.awareness}
            template={template}
            onlyMine={onlyMine}
            onOnlyMine={setOnlyMine}
          >
            <SignOffMatrix signOff={signOff} />
            <SuggestionsPanel
              editor={editor}
              template={template}
              editable={editable}
              canReview={suggesting.canReview}
            />
            <CommentsPanel
              editor={editor}
              doc={room.doc}
              template={template}
              editable={editable}
              draft={comments.draft}
              notice={comments.notice}
              onDraftDone={(threadId) => comments.draftDone(editor, threadId)}
              focus={comments.focus}
              onFocusHandled={comments.focusHandled}
            />
          </DocumentSidebar>
        </div>
      </SectionStateContext.Provider>
    </DocumentContext.Provider>
  );
}
