import { useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A note's text. When it does not fit the card, the end fades out and a "Mostra tutto" button
 * appears; hovering or focusing the note (or the button) grows the card to show all of it
 * (notes.css), so 1,000 characters stay readable without resizing the note for everyone.
 */
export function NoteText({
  text,
  width,
  height,
  children,
}: {
  text: string;
  width: number;
  height: number;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLParagraphElement>(null);
  const [clipped, setClipped] = useState(false);
  const [expanded, setExpanded] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again when the text or the card's size changes
  useLayoutEffect(() => {
    const element = box.current;
    const card = element?.parentElement;
    if (!element || !card || expanded) return;
    const measure = () => element.scrollHeight > element.clientHeight + 1;
    // Most cards are at their own size: reading needs no layout of its own then, so the notes
    // mounted together share one (a pan that brings in hundreds of notes forced one each).
    if (!card.matches(":hover, :focus-within")) {
      setClipped(measure());
      return;
    }
    // Hover or focus grew the card (notes.css): measured at its own size.
    const grown = card.style.height;
    card.style.height = `${height}px`;
    setClipped(measure());
    card.style.height = grown;
  }, [text, width, height, expanded]);
  return (
    <>
      <p
        ref={box}
        className={`tavolo-note__text${clipped ? " is-clipped" : ""}`}
        data-expanded={expanded || undefined}
      >
        {text}
        {children}
      </p>
      {clipped && (
        <button
          type="button"
          className="tavolo-note__more"
          aria-expanded={expanded}
          onPointerDown={(event) => event.stopPropagation()}
          onDoubleClick={(event) => event.stopPropagation()}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? t("boards.longNote.showLess") : `… ${t("boards.longNote.showAll")}`}
        </button>
      )}
    </>
  );
}
