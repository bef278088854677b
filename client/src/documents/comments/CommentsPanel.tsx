import { type ProposalTemplate, threadsBySection } from "@tavolo/shared";
import "./comments.css";
import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { CommentComposer } from "./CommentComposer.tsx";
import { CommentThreadView } from "./CommentThreadView.tsx";
import type { CommentDraft } from "./commentDraft.ts";
import { COMMENT_FILTERS, type CommentFilter, filterThreads } from "./commentFilter.ts";
import { setActiveThread } from "./commentHighlights.ts";
import { useCommentPeople } from "./useCommentPeople.ts";
import { useCommentRanges, useCommentThreads } from "./useCommentThreads.ts";

interface CommentsPanelProps {
  editor: Editor;
  doc: Y.Doc;
  template: ProposalTemplate | null;
  editable: boolean;
  draft: CommentDraft | null;
  /** Why no composer opened (nothing was selected), announced politely. */
  notice: string;
  /** The composer closed: with the new thread's id, or null when cancelled. */
  onDraftDone: (threadId: string | null) => void;
  /**
   * A thread to bring into view: a click on its highlight only shows it (the caret stays in the
   * text); a new thread, or Ctrl/Cmd+Alt+M on commented text, also moves the focus to it.
   */
  focus: ThreadFocus | null;
  onFocusHandled: () => void;
}

/** "Commenti": the threads of the document by section, filtered, with a composer for a new one. */
export interface ThreadFocus {
  threadId: string;
  moveFocus: boolean;
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { editor, doc, template, editable, draft, focus } = props;
  const { t } = useTranslation();
  const id = useId();
  const { me, people } = useCommentPeople();
  const threads = useCommentThreads(doc);
  const ranges = useCommentRanges(editor);
  const [filter, setFilter] = useState<CommentFilter>("open");
  const [announcement, setAnnouncement] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);
  const articles = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    if (!focus) return;
    const focusId = focus.threadId;
    const thread = threads.find((candidate) => candidate.id === focusId);
    if (thread && !filterThreads([thread], filter, me.personId).length) {
      setFilter(thread.resolution?.resolved ? "resolved" : "open");
      return;
    }
    const article = articles.current.get(focusId);
    if (!article) return;
    article.scrollIntoView({ block: "nearest" });
    if (focus.moveFocus) article.focus();
    setActiveId(focusId);
    setActiveThread(editor.view, focusId);
    props.onFocusHandled();
  });

  const showInText = (threadId: string) => {
    const range = ranges.get(threadId);
    if (!range) return;
    setActiveId(threadId);
    setActiveThread(editor.view, threadId);
    editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  const sectionTitle = (key: string | null) =>
    (key && template?.sections.find((section) => section.key === key)?.title) ||
    t("documents.comments.noSection");
  const visible = filterThreads(threads, filter, me.personId);
  const groups = threadsBySection(visible, template?.sections.map((section) => section.key) ?? []);
  const count = (which: CommentFilter) => filterThreads(threads, which, me.personId).length;

  return (
    <section className="tavolo-doc-side__panel tavolo-comments" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h6 tavolo-doc-side__title">
        {t("documents.comments.title")}
      </h2>
      <p className="tavolo-doc-side__hint">
        {t(editable ? "documents.comments.howTo" : "documents.comments.howToRead")}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <p className={props.notice ? "tavolo-doc-side__hint" : "visually-hidden"} role="status">
        {props.notice}
      </p>
      {draft && editable && (
        <CommentComposer
          doc={doc}
          draft={draft}
          me={me}
          people={people}
          onDone={(threadId) => {
            if (threadId) {
              setAnnouncement(t("documents.comments.created"));
              setFilter("open");
            }
            props.onDraftDone(threadId);
          }}
        />
      )}
      <fieldset className="tavolo-comments__filter">
        <legend className="visually-hidden">{t("documents.comments.filter")}</legend>
        {COMMENT_FILTERS.map((which) => (
          <label
            key={which}
            className={`tavolo-comments__chip${filter === which ? " tavolo-comments__chip--on" : ""}`}
          >
            <input
              type="radio"
              name={`${id}-filter`}
              value={which}
              checked={filter === which}
              onChange={() => setFilter(which)}
            />
            {t(`documents.comments.filters.${which}`, { count: count(which) })}
          </label>
        ))}
      </fieldset>
      {groups.length === 0 && (
        <p className="tavolo-doc-side__hint">{t(`documents.comments.empty.${filter}`)}</p>
      )}
      {groups.map((group) => (
        <section
          key={group.sectionKey ?? ""}
          className="tavolo-comments__section"
          aria-label={sectionTitle(group.sectionKey)}
        >
          <h3 className="tavolo-comments__section-title">{sectionTitle(group.sectionKey)}</h3>
          {group.threads.map((thread) => (
            <CommentThreadView
              key={thread.id}
              doc={doc}
              thread={thread}
              range={ranges.get(thread.id)}
              active={thread.id === activeId}
              editable={editable}
              me={me}
              people={people}
              onShowInText={showInText}
              onAnnounce={setAnnouncement}
              articleRef={(element) => {
                if (element) articles.current.set(thread.id, element);
                else articles.current.delete(thread.id);
              }}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
