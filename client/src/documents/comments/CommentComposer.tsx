import {
  type CommentPerson,
  createThread,
  type MentionablePerson,
  parseMentions,
} from "@tavolo/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { CommentDraft } from "./commentDraft.ts";
import { MentionField } from "./MentionField.tsx";

interface CommentComposerProps {
  doc: Y.Doc;
  draft: CommentDraft;
  me: CommentPerson;
  people: readonly MentionablePerson[];
  /** The new thread's id, or null when cancelled. */
  onDone: (threadId: string | null) => void;
}

/** A new thread on the selected text: the quote, the first comment, "Commenta" or "Annulla". */
export function CommentComposer({ doc, draft, me, people, onDone }: CommentComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const send = () => {
    const text = body.trim();
    if (text === "") return;
    const id = createThread(doc, {
      anchor: draft.anchor,
      quote: draft.quote,
      sectionKey: draft.sectionKey,
      author: me,
      body: text,
      mentions: parseMentions(text, people),
    });
    onDone(id);
  };
  return (
    <form
      className="tavolo-comment tavolo-comment--new"
      aria-label={t("documents.comments.new")}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone(null);
      }}
    >
      <p className="tavolo-comment__quote">
        <span className="visually-hidden">{t("documents.comments.about")} </span>
        <q>{draft.quote}</q>
      </p>
      <MentionField
        label={t("documents.comments.body")}
        value={body}
        onChange={setBody}
        people={people}
        onSubmit={send}
        fieldRef={field}
      />
      <div className="tavolo-comment__actions">
        <button type="submit" className="btn btn-primary btn-xs" disabled={body.trim() === ""}>
          {t("documents.comments.submit")}
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary btn-xs"
          onClick={() => onDone(null)}
        >
          {t("documents.comments.cancel")}
        </button>
      </div>
    </form>
  );
}
