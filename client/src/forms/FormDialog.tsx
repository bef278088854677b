import { type FormEvent, type ReactNode, useEffect, useId, useRef } from "react";

interface FormDialogProps {
  open: boolean;
  title: string;
  intro: string;
  className?: string;
  /** Runs just before the dialog shows: reset what the last opening left. */
  onOpen?: () => void;
  /** Runs once the dialog has closed, e.g. to put the focus back where the person was. */
  onClosed?: () => void;
  /** Escape or the cancel button: the parent decides, the dialog closes when `open` goes false. */
  onCancel: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/**
 * A modal form in a native `<dialog>` (the browser keeps the focus inside and returns it), titled
 * and described for screen readers, opened and closed by `open`.
 */
export function FormDialog({
  open,
  title,
  intro,
  className,
  onOpen,
  onClosed,
  onCancel,
  onSubmit,
  children,
}: FormDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      onOpen?.();
      element.showModal();
    } else if (!open && element.open) {
      element.close();
      onClosed?.();
    }
  }, [open, onOpen, onClosed]);

  return (
    <dialog
      ref={dialog}
      className={className ? `tavolo-dialog ${className}` : "tavolo-dialog"}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form noValidate onSubmit={onSubmit}>
        <h2 id={`${id}-title`} className="h4 tavolo-dialog__title">
          {title}
        </h2>
        <p id={`${id}-intro`}>{intro}</p>
        {children}
      </form>
    </dialog>
  );
}
