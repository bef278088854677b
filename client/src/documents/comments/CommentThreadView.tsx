import {
  type CommentPerson,
  type CommentThread,
  isResolved,
  type MentionablePerson,
  parseMentions,
  reopenThread,
  replyToThread,
  resolveThread,
  type TextRange,
} from "@tavolo/shared";
import { type Ref, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { formatShortDateTime } from "../../format/dates.ts";
import { useLanguage } from "../useLanguage.ts";
import { CommentBody } from "./CommentBody.tsx";
import { MentionField } from "./MentionField.tsx";

interface CommentThreadViewProps {
  doc: Y.Doc;
  thread: CommentThread;
  /** Where its text is now; null: deleted; undefined: resolved threads are not tracked. */
  range: TextRange | null | undefined;
  active: boolean;
  editable: boolean;
  me: CommentPerson;
  people: readonly MentionablePerson[];
  onShowInText: (threadId: string) => void;
  onAnnounce: (message: string) => void;
  articleRef?: Ref<HTMLElement>;
}

/** One thread: the text it is about, its comments, a reply box, and resolve or reopen. */
export function CommentThreadView(props: CommentThreadViewProps) {
  const { doc, thread, range, editable, me, people, onAnnounce } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [reply, setReply] = useState("");
  const resolved = isResolved(thread);
  const when = (iso: string) => formatShortDateTime(iso, language);

  const sendReply = () => {
    if (reply.trim() === "") return;
    replyToThread(doc, thread.id, {
      author: me,
      body: reply.trim(),
      mentions: parseMentions(reply, people),
    });
    setReply("");
    onAnnounce(t("documents.comments.replied"));
  };
  const toggle = () => {
    (resolved ? reopenThread : resolveThread)(doc, thread.id, me);
    onAnnounce(t(resolved ? "documents.comments.reopened" : "documents.comments.resolved"));
  };

  return (
    <article
      ref={props.articleRef}
      tabIndex={-1}
      className={`tavolo-comment${props.active ? " tavolo-comment--active" : ""}${resolved ? " tavolo-comment--resolved" : ""}`}
      aria-labelledby={`${id}-quote`}
      data-thread-id={thread.id}
    >
      <h4 id={`${id}-quote`} className="tavolo-comment__quote">
        <span className="visually-hidden">{t("documents.comments.about")} </span>
        {range === null ? (
          <span className="tavolo-comment__deleted">{t("documents.comments.deletedText")}</span>
        ) : null}
        <q>{thread.quote}</q>
      </h4>
      {range && (
        <button
          type="button"
          className="btn btn-link btn-xs tavolo-comment__show"
          onClick={() => props.onShowInText(thread.id)}
        >
          {t("documents.comments.showInText")}
        </button>
      )}
      <ol className="tavolo-comment__messages">
        {[thread, ...thread.replies].map((message) => (
          <li
            key={"replies" in message ? "opening" : message.id}
            className="tavolo-comment__message"
          >
            <p className="tavolo-comment__meta">
              <strong>{message.author.name}</strong> ·{" "}
              <time dateTime={message.createdAt}>{when(message.createdAt)}</time>
            </p>
            <CommentBody body={message.body} mentions={message.mentions} />
          </li>
        ))}
      </ol>
      {thread.resolution && (
        <p className="tavolo-comment__state">
          {t(resolved ? "documents.comments.resolvedBy" : "documents.comments.reopenedBy", {
            name: thread.resolution.by.name,
            when: when(thread.resolution.at),
          })}
        </p>
      )}
      {editable && (
        <div className="tavolo-comment__actions">
          {!resolved && (
            <>
              <MentionField
                label={t("documents.comments.reply")}
                value={reply}
                onChange={setReply}
                people={people}
                onSubmit={sendReply}
              />
              <button
                type="button"
                className="btn btn-primary btn-xs"
                onClick={sendReply}
                disabled={reply.trim() === ""}
              >
                {t("documents.comments.sendReply")}
              </button>
            </>
          )}
          <button type="button" className="btn btn-outline-primary btn-xs" onClick={toggle}>
            {t(resolved ? "documents.comments.reopen" : "documents.comments.resolve")}
          </button>
        </div>
      )}
    </article>
  );
}
