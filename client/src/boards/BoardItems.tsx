import { type BoardFrame, type BoardLabel, NOTE_COLOURS } from "@tavolo/shared";
import { memo } from "react";

/** A titled region laid out by the template, with the question it asks. */
export const FrameView = memo(function FrameView({ frame }: { frame: BoardFrame }) {
  const tint = frame.colour ? NOTE_COLOURS[frame.colour].hex : "#ffffff";
  return (
    <section
      className="tavolo-frame"
      aria-label={frame.title}
      style={{
        left: frame.x,
        top: frame.y,
        width: frame.w,
        height: frame.h,
        borderColor: frame.colour ? tint : undefined,
        background: `linear-gradient(${tint}55, ${tint}22)`,
      }}
    >
      <h2 className="tavolo-frame__title">{frame.title}</h2>
      {frame.prompt && <p className="tavolo-frame__prompt">{frame.prompt}</p>}
    </section>
  );
});

export const LabelView = memo(function LabelView({ label }: { label: BoardLabel }) {
  return (
    <p
      className={`tavolo-label tavolo-label--${label.size}`}
      style={{ left: label.x, top: label.y, width: label.w }}
    >
      {label.text}
    </p>
  );
});
