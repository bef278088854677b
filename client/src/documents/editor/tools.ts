import type { ChainedCommands } from "@tiptap/core";
import type { ToolbarState } from "./toolbarState.ts";

/** The toolbar's actions; each id is also its label's key in `documents.toolbar`. */
export type ToolId =
  | "undo"
  | "redo"
  | "bold"
  | "italic"
  | "underline"
  | "h3"
  | "h4"
  | "bulletList"
  | "orderedList"
  | "blockquote"
  | "table"
  | "addRow"
  | "addColumn"
  | "deleteRow"
  | "deleteColumn"
  | "deleteTable";

export interface Tool {
  id: ToolId;
  /** What the button shows (hidden from screen readers, which hear the label). */
  glyph: string;
  /** The keys after Ctrl/⌘, as StarterKit and Collaboration bind them. */
  keys?: string;
  /** The state that shows the button pressed. */
  pressedWhen?: keyof ToolbarState;
  /** The state without which the button is disabled. */
  enabledWhen?: keyof ToolbarState;
  run: (chain: ChainedCommands) => ChainedCommands;
}

/** Text formatting, in groups separated on the toolbar. */
export const TEXT_TOOLS: readonly (readonly Tool[])[] = [
  [
    { id: "undo", glyph: "↶", keys: "Z", enabledWhen: "canUndo", run: (c) => c.undo() },
    { id: "redo", glyph: "↷", keys: "Shift+Z", enabledWhen: "canRedo", run: (c) => c.redo() },
  ],
  [
    { id: "bold", glyph: "G", keys: "B", pressedWhen: "bold", run: (c) => c.toggleBold() },
    { id: "italic", glyph: "C", keys: "I", pressedWhen: "italic", run: (c) => c.toggleItalic() },
    {
      id: "underline",
      glyph: "S",
      keys: "U",
      pressedWhen: "underline",
      run: (c) => c.toggleUnderline(),
    },
  ],
  [
    {
      id: "h3",
      glyph: "T3",
      keys: "Alt+3",
      pressedWhen: "h3",
      run: (c) => c.toggleHeading({ level: 3 }),
    },
    {
      id: "h4",
      glyph: "T4",
      keys: "Alt+4",
      pressedWhen: "h4",
      run: (c) => c.toggleHeading({ level: 4 }),
    },
  ],
  [
    {
      id: "bulletList",
      glyph: "•≡",
      keys: "Shift+8",
      pressedWhen: "bulletList",
      run: (c) => c.toggleBulletList(),
    },
    {
      id: "orderedList",
      glyph: "1≡",
      keys: "Shift+7",
      pressedWhen: "orderedList",
      run: (c) => c.toggleOrderedList(),
    },
    {
      id: "blockquote",
      glyph: "❝",
      keys: "Shift+B",
      pressedWhen: "blockquote",
      run: (c) => c.toggleBlockquote(),
    },
  ],
];

/** Outside a table: insert one, with a header row. */
export const INSERT_TABLE: Tool = {
  id: "table",
  glyph: "▦",
  run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
};

/** Inside a table: rows, columns, and the table itself. */
export const TABLE_TOOLS: readonly Tool[] = [
  { id: "addRow", glyph: "+≡", run: (c) => c.addRowAfter() },
  { id: "addColumn", glyph: "+⦀", run: (c) => c.addColumnAfter() },
  { id: "deleteRow", glyph: "−≡", run: (c) => c.deleteRow() },
  { id: "deleteColumn", glyph: "−⦀", run: (c) => c.deleteColumn() },
  { id: "deleteTable", glyph: "✕▦", run: (c) => c.deleteTable() },
];
