import { type Editor, useEditorState } from "@tiptap/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../layout/Icon.tsx";
import { LinkForm } from "./LinkForm.tsx";
import { readToolbarState, sameToolbarState } from "./toolbarState.ts";

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A toolbar button: its name and shortcut for screen readers and as a tooltip. */
function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ToolButtonProps) {
  const name = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      type="button"
      className={`tavolo-toolbar__button${pressed ? " tavolo-toolbar__button--on" : ""}`}
      aria-label={name}
      title={name}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the editor's selection: a click on the toolbar must not move the focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

const MOD =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

interface EditorToolbarProps {
  editor: Editor;
  linkOpen: boolean;
  onLinkOpen: (open: boolean) => void;
}

/** Formatting for the document, each action with its keyboard shortcut. */
export function EditorToolbar({ editor, linkOpen, onLinkOpen }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => readToolbarState(e),
    equalityFn: sameToolbarState,
  });
  const chain = () => editor.chain().focus();
  const k = (keys: string) => `${MOD}+${keys.replace("Shift", t("documents.toolbar.shift"))}`;
  return (
    <div className="tavolo-toolbar" role="toolbar" aria-label={t("documents.toolbar.label")}>
      <div className="tavolo-toolbar__group">
        <ToolButton
          label={t("documents.toolbar.undo")}
          shortcut={k("Z")}
          disabled={!state.canUndo}
          onClick={() => chain().undo().run()}
        >
          ↶
        </ToolButton>
        <ToolButton
          label={t("documents.toolbar.redo")}
          shortcut={k("Shift+Z")}
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        >
          ↷
        </ToolButton>
      </div>
      <div className="tavolo-toolbar__group">
        <ToolButton
          label={t("documents.toolbar.bold")}
          shortcut={k("B")}
          pressed={state.bold}
          onClick={() => chain().toggleBold().run()}
        >
          <b>G</b>
        </ToolButton>
        <ToolButton
          label={t("documents.toolbar.italic")}
          shortcut={k("I")}
          pressed={state.italic}
          onClick={() => chain().toggleItalic().run()}
        >
          <i>C</i>
        </ToolButton>
        <ToolButton
          label={t("documents.toolbar.underline")}
          shortcut={k("U")}
          pressed={state.underline}
          onClick={() => chain().toggleUnderline().run()}
        >
          <u>S</u>
        </ToolButton>
      </div>
      <div className="tavolo-toolbar__group">
        <ToolButton
          label={t("documents.toolbar.h3")}
          shortcut={k("Alt+3")}
          pressed={state.h3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          T3
        </ToolButton>
        <ToolButton
          label={t("documents.toolbar.h4")}
          shortcut={k("Alt+4")}
          pressed={state.h4}
          onClick={() => chain().toggleHeading({ level: 4 }).run()}
        >
          T4
        </ToolButton>
      </div>
      <div className="tavolo-toolbar__group">
        <ToolButton
          label={t("documents.toolbar.bulletList")}
          shortcut={k("Shift+8")}
          pressed={state.bulletList}
          onClick={() => chain().toggleBulletList().run()}
        >
          •≡
        </ToolButton>
        <ToolButton
          label={t("documents.toolbar.orderedList")}
          shortcut={k("Shift+7")}
          pressed={state.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
        >
          1≡
        </ToolButton>
        <ToolButton
          label={t("documents.toolbar.blockquote")}
          shortcut={k("Shift+B")}
          pressed={state.blockquote}
          onClick={() => chain().toggleBlockquote().run()}
        >
          ❝
        </ToolButton>
      </div>
      <div className="tavolo-toolbar__group">
        <ToolButton
          label={t("documents.toolbar.link")}
          shortcut={k("K")}
          pressed={state.link || linkOpen}
          onClick={() => onLinkOpen(!linkOpen)}
        >
          <Icon name="it-link" className="icon-sm" />
        </ToolButton>
        <TableButtons editor={editor} inTable={state.inTable} />
      </div>
      {linkOpen && <LinkForm editor={editor} onClose={() => onLinkOpen(false)} />}
    </div>
  );
}

function TableButtons({ editor, inTable }: { editor: Editor; inTable: boolean }) {
  const { t } = useTranslation();
  const chain = () => editor.chain().focus();
  if (!inTable) {
    return (
      <ToolButton
        label={t("documents.toolbar.table")}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        ▦
      </ToolButton>
    );
  }
  return (
    <>
      <ToolButton label={t("documents.toolbar.addRow")} onClick={() => chain().addRowAfter().run()}>
        +≡
      </ToolButton>
      <ToolButton
        label={t("documents.toolbar.addColumn")}
        onClick={() => chain().addColumnAfter().run()}
      >
        +⦀
      </ToolButton>
      <ToolButton
        label={t("documents.toolbar.deleteRow")}
        onClick={() => chain().deleteRow().run()}
      >
        −≡
      </ToolButton>
      <ToolButton
        label={t("documents.toolbar.deleteColumn")}
        onClick={() => chain().deleteColumn().run()}
      >
        −⦀
      </ToolButton>
      <ToolButton
        label={t("documents.toolbar.deleteTable")}
        onClick={() => chain().deleteTable().run()}
      >
        ✕▦
      </ToolButton>
    </>
  );
}
