import { type Editor, useEditorState } from "@tiptap/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../layout/Icon.tsx";
import { LinkForm } from "./LinkForm.tsx";
import { readToolbarState, sameToolbarState, type ToolbarState } from "./toolbarState.ts";
import { INSERT_TABLE, TABLE_TOOLS, TEXT_TOOLS, type Tool } from "./tools.ts";

interface ToolButtonProps {
  /** Names the button for styling (bold, italic and underline glyphs look like what they do). */
  tool?: string;
  label: string;
  shortcut?: string | undefined;
  pressed?: boolean | undefined;
  disabled?: boolean | undefined;
  onClick: () => void;
  children: ReactNode;
}

/** A toolbar button: its name and shortcut for screen readers and as a tooltip. */
function ToolButton({
  tool,
  label,
  shortcut,
  pressed,
  disabled,
  onClick,
  children,
}: ToolButtonProps) {
  const name = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      type="button"
      className={`tavolo-toolbar__button${pressed ? " tavolo-toolbar__button--on" : ""}`}
      data-tool={tool}
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

/**
 * The name of a button whose glyph holds letters or digits ("T3", "1≡") starts with them, so
 * that someone using speech input can say what they see (WCAG 2.5.3, Label in Name).
 */
function labelInName(glyph: string, label: string): string {
  const visible = glyph.replace(/[^\p{L}\p{N}]/gu, "");
  return visible ? `${visible} ${label}` : label;
}

const MOD =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

interface EditorToolbarProps {
  editor: Editor;
  linkOpen: boolean;
  onLinkOpen: (open: boolean) => void;
  /** Opens "Inserisci dalla lavagna". */
  onInsertFromBoard: () => void;
  /** Opens a comment thread on the selected text. */
  onComment: () => void;
}

/** Formatting for the document, each action with its keyboard shortcut. */
export function EditorToolbar({
  editor,
  linkOpen,
  onLinkOpen,
  onInsertFromBoard,
  onComment,
}: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => readToolbarState(current),
    equalityFn: sameToolbarState,
  });
  const shortcut = (keys: string) =>
    `${MOD}+${keys.replace("Shift", t("documents.toolbar.shift"))}`;
  const button = (tool: Tool) => (
    <ToolButton
      key={tool.id}
      tool={tool.id}
      label={labelInName(tool.glyph, t(`documents.toolbar.${tool.id}`))}
      shortcut={tool.keys && shortcut(tool.keys)}
      pressed={tool.pressedWhen && state[tool.pressedWhen]}
      disabled={tool.enabledWhen && !state[tool.enabledWhen]}
      onClick={() => tool.run(editor.chain().focus()).run()}
    >
      {tool.glyph}
    </ToolButton>
  );
  return (
    <div className="tavolo-toolbar" role="toolbar" aria-label={t("documents.toolbar.label")}>
      {TEXT_TOOLS.map((group) => (
        <div key={group[0]?.id} className="tavolo-toolbar__group">
          {group.map(button)}
        </div>
      ))}
      <div className="tavolo-toolbar__group">
        <ToolButton
          label={t("documents.toolbar.link")}
          shortcut={shortcut("K")}
          pressed={state.link || linkOpen}
          onClick={() => onLinkOpen(!linkOpen)}
        >
          <Icon name="it-link" className="icon-sm" />
        </ToolButton>
        {tableTools(state).map(button)}
      </div>
      <div className="tavolo-toolbar__group">
        <ToolButton
          tool="insertBoard"
          label={t("documents.insertBoard.open")}
          onClick={onInsertFromBoard}
        >
          <Icon name="it-presentation" className="icon-sm" /> {t("documents.insertBoard.short")}
        </ToolButton>
        <ToolButton
          tool="comment"
          label={t("documents.toolbar.comment")}
          shortcut={shortcut("Alt+M")}
          onClick={onComment}
        >
          <Icon name="it-comment" className="icon-sm" />
        </ToolButton>
      </div>
      {linkOpen && <LinkForm editor={editor} onClose={() => onLinkOpen(false)} />}
    </div>
  );
}

function tableTools(state: ToolbarState): readonly Tool[] {
  return state.inTable ? TABLE_TOOLS : [INSERT_TABLE];
}
