import {
  NOTE_COLOURS,
  noteAccessibleLabel,
  organisationName,
  readDrafts,
  resolveNoteColour,
} from "@tavolo/shared";
import { memo, useCallback } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { useShownAuthor } from "./layout/useAnonymity.ts";
import { NoteEditor } from "./NoteEditor.tsx";
import { NoteGist } from "./NoteGist.tsx";
import { NoteText } from "./NoteText.tsx";
import "./notes.css";
import { NoteVoting } from "./NoteVoting.tsx";
import { useIsSelected } from "./selection.ts";
import { useNotePlace } from "./structureHooks.ts";
import { useNoteGestures } from "./useNoteGestures.ts";
import { useNoteInVote } from "./useVoteScope.ts";
import { useVoteState } from "./useVoting.ts";
import { useDocValue, useNote } from "./yHooks.ts";

/**
 * One sticky note, subscribed to its own Y.Map: a change to another note does not re-render it.
 * Focusable in keyboard order (the board renders notes in that order), with the label a screen
 * reader announces; Enter edits, arrows move, Delete removes. Zoomed out (`far`), its text is
 * only a gist, without the author.
 */
export const NoteCard = memo(function NoteCard({
  id,
  typist,
  far,
}: {
  id: string;
  /** Zoomed out below GIST_ZOOM: the note shows its gist (a note being edited, its editor). */
  far: boolean;
  /** Someone else writing in this note now, from presence. */
  typist: string | null;
}) {
  const { t } = useTranslation();
  const board = useBoard();
  const { rooms, info, selection, editing, locks } = board;
  const note = useNote(rooms.board.doc, id);
  const selected = useIsSelected(selection, id);
  const votes = useVoteState();
  const readDraft = useCallback((doc: Y.Doc) => readDrafts(doc).get(id) ?? null, [id]);
  const draft = useDocValue(rooms.private?.doc ?? rooms.control.doc, readDraft);
  const gestures = useNoteGestures(note);
  const place = useNotePlace(rooms.board.doc, note);
  const inVote = useNoteInVote(note, votes);
  const shownAuthor = useShownAuthor();
  if (!note) return null;
  const author = shownAuthor(note);
  const mine = note.authorId === info.me.personId;
  const text = note.hidden && mine ? (draft ?? "") : note.text;
  const organisations = new Map(Object.entries(info.organisations));
  const counted = votes.closed?.results?.counts[note.id] ?? null;
  const label = noteAccessibleLabel(
    { ...author, text },
    {
      organisationName: organisationName(organisations, author.organisationId),
      votes: votes.closed ? (counted ?? 0) : null,
      frameTitle: place.frameTitle,
      clusterName: place.clusterName,
    },
  );
  const outOfVote = inVote === false ? `, ${t("boards.voteScope.outOfScope")}` : "";
  const hiddenForMe = note.hidden && !mine;
  // A locked frame stops everyone but facilitators (see canEdit): say so with the pointer.
  const locked =
    place.frameId !== null && locks.frames.has(place.frameId) && info.me.role !== "facilitatore";
  const colour = NOTE_COLOURS[resolveNoteColour(note)].hex;
  const shownText = hiddenForMe ? t("boards.note.hiddenText") : text;
  const gist = far && editing !== note.id;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a note is a group of its text, author and dots, not a form fieldset
    <div
      role="group"
      aria-roledescription={t("boards.note.roleDescription")}
      aria-label={label + outOfVote}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: notes are reached with Tab in keyboard order (WCAG 2.1.1)
      tabIndex={0}
      data-note-id={note.id}
      className={`tavolo-note${gist ? " is-far" : ""}${selected ? " is-selected" : ""}${hiddenForMe ? " is-hidden" : ""}${locked ? " is-locked" : ""}${outOfVote ? " is-out-of-vote" : ""}`}
      style={{
        left: note.x,
        top: note.y,
        width: note.w,
        minHeight: note.h,
        // notes.css sizes the card from this, and grows it to a long text on hover or focus
        ["--note-h" as string]: `${note.h}px`,
        background: colour,
      }}
      {...gestures}
    >
      {gist ? (
        <NoteGist text={shownText} />
      ) : (
        <>
          {editing === note.id ? (
            <NoteEditor note={note} initial={text} />
          ) : (
            <NoteText text={shownText} width={note.w} height={note.h}>
              {note.hidden && mine && (
                <span className="tavolo-note__private">{t("boards.note.privateBadge")}</span>
              )}
            </NoteText>
          )}
          <p className="tavolo-note__author" aria-hidden="true">
            {author.authorName}
            {author.organisationId && organisations.get(author.organisationId)
              ? ` · ${organisations.get(author.organisationId)}`
              : ""}
          </p>
        </>
      )}
      <NoteVoting noteId={note.id} inScope={inVote !== false} counted={counted} votes={votes} />
      {selected && <span className="tavolo-note__resize" data-resize="true" aria-hidden="true" />}
      {typist && (
        <p className="tavolo-note__typing" role="status">
          {t("boards.note.typing", { name: typist })}
        </p>
      )}
    </div>
  );
});
