import type { Editor } from "@tiptap/react";

/** What the toolbar shows as pressed or unavailable at the selection. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  h3: boolean;
  h4: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  inTable: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

export function readToolbarState(editor: Editor): ToolbarState {
  return {
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    underline: editor.isActive("underline"),
    h3: editor.isActive("heading", { level: 3 }),
    h4: editor.isActive("heading", { level: 4 }),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    link: editor.isActive("link"),
    inTable: editor.isActive("table"),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

export function sameToolbarState(a: ToolbarState, b: ToolbarState | null): boolean {
  if (!b) return false;
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}
