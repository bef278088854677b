import type * as Y from "yjs";
import { diffText, transformPosition } from "./textDiff.ts";

/** Transaction origin of edits typed into this tab's textarea. */
export const TEXTAREA_ORIGIN = Symbol("tavolo-textarea");

/**
 * Keeps a textarea and a Y.Text equal. What the person types becomes one minimal replacement in
 * one transaction; what others write is copied into the textarea with the caret and selection
 * moved by the remote change, so nobody's caret jumps while someone else is typing.
 * Returns the function that undoes the binding.
 */
export function bindTextarea(textarea: HTMLTextAreaElement, text: Y.Text): () => void {
  textarea.value = text.toString();

  const onInput = () => {
    const change = diffText(text.toString(), textarea.value, textarea.selectionEnd);
    if (!change) return;
    const apply = () => {
      if (change.deleteCount > 0) text.delete(change.index, change.deleteCount);
      if (change.insert !== "") text.insert(change.index, change.insert);
    };
    if (text.doc) text.doc.transact(apply, TEXTAREA_ORIGIN);
    else apply();
  };

  const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === TEXTAREA_ORIGIN) return;
    const { selectionStart, selectionEnd, selectionDirection, scrollTop } = textarea;
    const hadFocus = textarea.ownerDocument.activeElement === textarea;
    textarea.value = text.toString();
    if (hadFocus) {
      textarea.setSelectionRange(
        transformPosition(selectionStart, event.delta),
        transformPosition(selectionEnd, event.delta),
        selectionDirection,
      );
    }
    textarea.scrollTop = scrollTop;
  };

  textarea.addEventListener("input", onInput);
  text.observe(onChange);
  return () => {
    textarea.removeEventListener("input", onInput);
    text.unobserve(onChange);
  };
}
