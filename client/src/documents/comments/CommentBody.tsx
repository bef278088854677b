import { type CommentMention, commentSegments } from "@tavolo/shared";

/** A comment's text, with the people it mentions shown as names. */
export function CommentBody({
  body,
  mentions,
}: {
  body: string;
  mentions: readonly CommentMention[];
}) {
  return (
    <p className="tavolo-comment__body">
      {commentSegments(body, mentions).map((segment, index) =>
        segment.kind === "mention" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their place
          <strong key={index} className="tavolo-comment__mention">
            {segment.text}
          </strong>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their place
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
