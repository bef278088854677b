import type { Editor } from "@tiptap/react";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** An address as a link target: web and mail addresses only, "https://" added when missing. */
export function linkTarget(typed: string): string | null {
  const text = typed.trim();
  if (text === "") return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? withScheme : null;
  } catch {
    return null;
  }
}

/** The toolbar's link field: sets, changes or removes the link on the selected text. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const current = editor.getAttributes("link").href;
  const [href, setHref] = useState(typeof current === "string" ? current : "");
  const [invalid, setInvalid] = useState(false);
  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const target = linkTarget(href);
    if (!target) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain
        .insertContent({
          type: "text",
          text: target,
          marks: [{ type: "link", attrs: { href: target } }],
        })
        .run();
    } else {
      chain.setLink({ href: target }).run();
    }
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") close();
  };
  return (
    <form className="tavolo-toolbar__link" onSubmit={apply} onKeyDown={onKeyDown} noValidate>
      <label htmlFor={`${id}-href`}>{t("documents.link.label")}</label>
      <input
        ref={input}
        id={`${id}-href`}
        className={`form-control form-control-sm${invalid ? " is-invalid" : ""}`}
        value={href}
        placeholder="https://"
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          setHref(event.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className="btn btn-primary btn-sm">
        {t("documents.link.apply")}
      </button>
      {editor.isActive("link") && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={remove}>
          {t("documents.link.remove")}
        </button>
      )}
      <button type="button" className="btn btn-link btn-sm" onClick={close}>
        {t("documents.link.cancel")}
      </button>
      {invalid && (
        <p id={`${id}-error`} className="tavolo-block__error" role="alert">
          {t("documents.link.invalid")}
        </p>
      )}
    </form>
  );
}
